import { getContentIndex, type ContentIndex } from '@/lib/content/catalog';
import { readArticleSource, type ArticleMeta } from '@/lib/content/source';
import { checkArticleBody } from '@/lib/content/mdx';
import type { ContentProblem } from '@/lib/content/problems';
import { createReadAlsoChecker } from '@/lib/content/check/read-also';
import { createSiteLinkChecker } from '@/lib/content/check/site-links';
import { readPublicImageSize } from '@/lib/content/source/images';

/** Problems of one indexed article beyond its frontmatter: its MDX body, parsed, not compiled. */
export function checkArticleFile(
  article: ArticleMeta,
  index = getContentIndex(),
): ContentProblem[] {
  const source = readArticleSource(article);
  return checkArticleBody(source.body, { ...source, ...getBodyCheckReferences(article, index) });
}

/**
 * What the body check knows besides the body itself (live coverage, site links, « Lire aussi »
 * targets, images): one definition for `content:check` and the runtime reload alike.
 */
export function getBodyCheckReferences(article: ArticleMeta, index: ContentIndex) {
  return {
    live: article.live ? { start: article.live.start, end: article.live.end } : undefined,
    checkSiteLink: createSiteLinkChecker(index, article),
    checkReadAlso: createReadAlsoChecker(index, article),
    imageExists: (src: string) => readPublicImageSize(src) !== undefined,
  };
}
