import { getPublishedArticles } from '@/lib/content/catalog/queries';

/** Articles `next build` prerenders when `PRERENDER_LIMIT` is not set: all of a small archive. */
export const DEFAULT_PRERENDER_LIMIT = 1000;

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
