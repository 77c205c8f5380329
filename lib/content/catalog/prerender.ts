import { getPublishedArticles } from '@/lib/content/catalog/queries';

/**
 * Articles `next build` prerenders when `PRERENDER_LIMIT` is not set: the newest hundred, about a
 * week of a small newsroom's output and what readers and Google News ask for most. Each costs
 * about 18 ms of build CPU; an older article costs 27–45 ms once, on its first request, and is
 * then served from the cache like a prerendered one. At 1,000 articles this took the cold build
 * from 70 s to about 30 s (BENCHMARKS.md, issue 12); `PRERENDER_LIMIT=all` restores the old way.
 */
export const DEFAULT_PRERENDER_LIMIT = 100;

/**
 * Reads `PRERENDER_LIMIT`: a whole number of articles (0 = none) or `all`. A typo fails the
 * build loudly rather than silently prerendering everything or nothing.
 */
export function readPrerenderLimit(value = process.env.PRERENDER_LIMIT): number {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return DEFAULT_PRERENDER_LIMIT;
  if (trimmed.toLowerCase() === 'all') return Number.POSITIVE_INFINITY;
  if (!/^\d{1,9}$/.test(trimmed)) {
    throw new Error(
      `PRERENDER_LIMIT must be a whole number or "all", got ${JSON.stringify(value)}`,
    );
  }
  return Number(trimmed);
}

/**
 * Route params of the articles prerendered at build time: the newest `PRERENDER_LIMIT` published
 * ones, so that build time stays bounded as the archive grows. Older articles render on their
 * first request and are then cached (ISR); unknown slugs still answer 404 through the index.
 */
export function listPrerenderedArticleParams(): { slug: string }[] {
  return getPublishedArticles()
    .slice(0, readPrerenderLimit())
    .map((article) => ({ slug: article.slug }));
}
