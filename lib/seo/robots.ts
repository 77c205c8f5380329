import type { MetadataRoute } from 'next';
import { NEWS_SITEMAP_PATH, SITEMAP_PATH } from '@/lib/routes';
import { toAbsoluteUrl } from '@/lib/seo/site';

/** robots.txt: the whole site is open to crawlers (but the preview API), and both sitemaps. */
export function getRobots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: '/api/' }],
    sitemap: [toAbsoluteUrl(SITEMAP_PATH), toAbsoluteUrl(NEWS_SITEMAP_PATH)],
  };
}
