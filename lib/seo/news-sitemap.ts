import { getNow, getPublishedArticles, type ArticleMeta } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { articlePath } from '@/lib/routes';
import { toMachineDate } from '@/lib/seo/dates';
import { toAbsoluteUrl } from '@/lib/seo/site';
import { buildXml } from '@/lib/seo/xml';

/** Google News only wants articles published in the last two days… */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
/** …and at most 1,000 of them per sitemap. */
export const NEWS_LIMIT = 1000;

/**
 * The articles of the news sitemap at `now`: published in the last 48 hours (never in the
 * future), newest first, at most 1,000. `articles` must come newest first, as
 * getPublishedArticles returns them.
 */
export function selectNewsArticles(
  articles: readonly ArticleMeta[],
  now: number,
  { windowMs = NEWS_WINDOW_MS, limit = NEWS_LIMIT } = {},
): ArticleMeta[] {
  return articles
    .filter((article) => article.publishedAt <= now && article.publishedAt > now - windowMs)
    .slice(0, limit);
}

/** The Google News sitemap of `articles`, with the `news:` publication, date and title. */
export function renderNewsSitemap(articles: readonly ArticleMeta[]): string {
  return buildXml({
    urlset: {
      '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      '@xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      url: articles.map((article) => ({
        loc: toAbsoluteUrl(articlePath(article.slug)),
        'news:news': {
          'news:publication': { 'news:name': fr.site.name, 'news:language': 'fr' },
          'news:publication_date': toMachineDate(article.date),
          'news:title': article.title,
        },
      })),
    },
  });
}

/** The news sitemap as it stands now (`MANCHETTE_NOW` can freeze the clock in tests). */
export function renderCurrentNewsSitemap(now = getNow()): string {
  return renderNewsSitemap(selectNewsArticles(getPublishedArticles(), now));
}
