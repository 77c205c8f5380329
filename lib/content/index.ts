export {
  getPublicationState,
  lookUpArticle,
  type ArticleLookup,
  getArticle,
  getArticleAuthors,
  getArticleProblems,
  getAuthor,
  getAuthorArticles,
  getAuthors,
  getContentProblems,
  getLeadArticle,
  getRelatedArticles,
  getSectionNeighbours,
  getPublishedArticles,
  getSection,
  getSectionArticles,
  getSections,
  getTopic,
  getTopics,
} from '@/lib/content/queries';
export { readArticleSource } from '@/lib/content/loader';
export { listPrerenderedArticleParams } from '@/lib/content/prerender';
export { ContentError, formatProblem, type ContentProblem } from '@/lib/content/problems';
export type { ArticleImage, ArticleMeta, ArticleSource, Author, Section, TagRef, Topic } from '@/lib/content/types';
export { paginate, listExtraPages, PAGE_SIZE, type Page } from '@/lib/content/pagination';
export { getReadingMinutes } from '@/lib/content/plain-text';
export { searchArticles, MAX_QUERY_LENGTH, type SearchResult, type TextSegment } from '@/lib/content/search';
export { isEditorMode } from '@/lib/content/mode';
export { getLiveStatus, type LiveStatus } from '@/lib/content/live/status';
export { getEntryAnchor } from '@/lib/content/live/anchor';
export type { LiveEntry } from '@/lib/content/live/entries';
export type { LiveCoverage } from '@/lib/content/types';
export { getLiveUpdates, parseLiveSince, type EntryRenderer } from '@/lib/content/live/updates';
