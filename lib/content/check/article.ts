import { getContentIndex } from '@/lib/content/catalog';
import { readArticleSource, type ArticleMeta } from '@/lib/content/source';
import { checkArticleBody } from '@/lib/content/mdx';
import { sortProblems, type ContentProblem } from '@/lib/content/problems';
import { createReadAlsoChecker } from '@/lib/content/check/read-also';
import { createSiteLinkChecker } from '@/lib/content/check/site-links';
import { readPublicImageSize } from '@/lib/content/source/images';

/** Result of checking every content file. */
export interface ContentReport {
  problems: ContentProblem[];
  /** Number of article files looked at, valid or not. */
  articleCount: number;
}

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

/**
 * Validates all content at once: frontmatter, authors, sections and every MDX body (parsed, not
 * compiled). Used by `npm run content:check` and before every production build.
 */
export function checkAllContent(): ContentReport {
  const index = getContentIndex();
  const problems: ContentProblem[] = [...index.problems];
  for (const article of index.articles) problems.push(...checkArticleFile(article, index));
  return {
    problems: sortProblems(problems),
    articleCount: index.articles.length + index.brokenSlugs.size,
  };
}
