import { checkArticlesInParallel } from '@/lib/content/check/parallel';
import { openCheckCache } from '@/lib/content/check/cache';
import type { ContentReport } from '@/lib/content/check/article';
import { getContentIndex } from '@/lib/content/catalog';
import { sortProblems, type ContentProblem } from '@/lib/content/problems';
import type { ArticleMeta } from '@/lib/content/source';

/** A content report, with how many articles were checked and how many came from the cache. */
export interface ContentCheckRun extends ContentReport {
  checked: number;
  unchanged: number;
}

/**
 * The content check of `npm run content:check` and prebuild: the same report as checkAllContent,
 * but articles unchanged since the last check reuse its result (`useCache`), and the others are
 * checked on every core.
 */
export async function runContentCheck({
  useCache = true,
  threads,
}: { useCache?: boolean; threads?: number } = {}): Promise<ContentCheckRun> {
  const index = getContentIndex();
  const cache = useCache ? openCheckCache(index) : undefined;
  const problems: ContentProblem[] = [...index.problems];
  const pending: ArticleMeta[] = [];
  for (const article of index.articles) {
    const cached = cache?.get(article);
    if (cached) problems.push(...cached);
    else pending.push(article);
  }
  for (const [slug, found] of await checkArticlesInParallel(pending, { threads })) {
    problems.push(...found);
    const article = index.articlesBySlug.get(slug);
    if (article) cache?.set(article, found);
  }
  cache?.save();
  return {
    problems: sortProblems(problems),
    articleCount: index.articles.length + index.brokenSlugs.size,
    checked: pending.length,
    unchanged: index.articles.length - pending.length,
  };
}
