// Reading the content files: where they are, their frontmatter schema, and what an article is.
export { getArticlesDir, getContentRoot, toDisplayPath } from '@/lib/content/source/paths';
export { isEditorMode } from '@/lib/content/source/mode';
export {
  listArticleFiles,
  readArticleMeta,
  readArticleSource,
  readAuthors,
  readSections,
} from '@/lib/content/source/loader';
export {
  createImageSizeReader,
  readPublicImage,
  type ImageSize,
} from '@/lib/content/source/images';
export { getReadingMinutes, toPlainText } from '@/lib/content/source/plain-text';
export type {
  ArticleImage,
  ArticleMeta,
  ArticleSource,
  Author,
  LiveCoverage,
  ReadAlsoCard,
  Section,
  TagRef,
  Topic,
} from '@/lib/content/source/types';
export { listPublicFiles } from '@/lib/content/source/public-files';
