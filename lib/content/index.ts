// The content layer's public API for the rest of the app. Specialised tools have their own entry:
// `@/lib/content/check` (content check), `@/lib/content/editor` (editor tooling), `@/lib/content/mdx`
// (body rules, for the MDX renderer).
export {
  getPublicationState,
  lookUpArticle,
  type ArticleLookup,
  getArticle,
  getArticleAuthors,
  getArticleSource,
  getAuthor,
  getAuthorArticles,
  getAuthors,
  getContentVersion,
  getLeadArticle,
  getNow,
  getRelatedArticles,
  getSectionNeighbours,
  getPublishedArticles,
  getSection,
  getSectionArticles,
  getSections,
  getTopic,
  getTopics,
  listPrerenderedArticleParams,
  paginate,
  listExtraPages,
  type Page,
  normalizeSearchQuery,
  searchArticles,
  warmSearchIndex,
  whenSearchIndexReady,
  MAX_QUERY_LENGTH,
  type SearchResult,
  type TextSegment,
} from '@/lib/content/catalog';
export {
  isEditorMode,
  getReadingMinutes,
  readArticleSource,
  readPublicImage,
} from '@/lib/content/source';
export { ContentError, formatProblem, type ContentProblem } from '@/lib/content/problems';
export type {
  ArticleImage,
  ArticleMeta,
  ArticleSource,
  Author,
  Section,
  TagRef,
  Topic,
} from '@/lib/content/source';
export {
  onContentReload,
  reloadContent,
  type ContentChanges,
  type ReloadReport,
  getEntryAnchor,
  getLiveStatus,
  getLiveUpdates,
  parseLiveSince,
  type EntryRenderer,
  type LiveEntry,
  type LiveStatus,
} from '@/lib/content/live';
export type { LiveCoverage } from '@/lib/content/source';
