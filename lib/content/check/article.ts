import { getContentIndex } from '@/lib/content/catalog';
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
  return checkArticleBody(source.body, {
    ...source,
    checkSiteLink: createSiteLinkChecker(index, article),
    checkReadAlso: createReadAlsoChecker(index, article),
    imageExists: (src) => readPublicImageSize(src) !== undefined,
  });
}
