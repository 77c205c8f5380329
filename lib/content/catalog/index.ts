// The in-memory index of every content file, and the questions the site asks it.
export {
  getContentIndex,
  getContentVersion,
  type ContentIndex,
} from '@/lib/content/catalog/content-index';
export { getNow } from '@/lib/content/catalog/clock';
export {
  getPublicationState,
  lookUpArticle,
  type ArticleLookup,
  getArticle,
  getArticleAuthors,
  getAuthor,
  getAuthorArticles,
  getAuthors,
  getLeadArticle,
  getRelatedArticles,
  getSectionNeighbours,
  getPublishedArticles,
  getSection,
  getSectionArticles,
  getSections,
  getTopic,
  getTopics,
} from '@/lib/content/catalog/queries';
export { listPrerenderedArticleParams } from '@/lib/content/catalog/prerender';
export { paginate, listExtraPages, type Page } from '@/lib/content/catalog/pagination';
export {
  normalizeSearchQuery,
  searchArticles,
  warmSearchIndex,
  whenSearchIndexReady,
  MAX_QUERY_LENGTH,
  type SearchResult,
  type TextSegment,
} from '@/lib/content/catalog/search';
export { getArticleSource, resolveReadAlso } from '@/lib/content/catalog/article-source';
