export {
  findArticleForRoute,
  getArticle,
  getArticleAuthors,
  getArticleProblems,
  getAuthor,
  getAuthorArticles,
  getAuthors,
  getContentProblems,
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
