export {
  findArticleForRoute,
  getArticle,
  getArticleAuthors,
  getArticleProblems,
  getAuthor,
  getContentProblems,
  getPublishedArticles,
  getSection,
  getTopic,
  getTopics,
} from '@/lib/content/queries';
export { readArticleSource } from '@/lib/content/loader';
export { ContentError, formatProblem, type ContentProblem } from '@/lib/content/problems';
export type { ArticleMeta, ArticleSource, Author, Section, TagRef, Topic } from '@/lib/content/types';
