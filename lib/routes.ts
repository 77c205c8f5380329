// Relative, not `@/`: next.config.ts loads this file (through the alias redirects) without the alias.
import { slugifyTag } from './format/slug';

/** Every site path is built here, so that links, sitemaps and feeds agree. */

const withPage = (base: string, page = 1) => (page > 1 ? `${base}/page/${page}` : base);

/** Site path of an article. */
export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}

/** The JSON of a live blog's new entries, polled by its open pages. */
export function articleLivePath(slug: string): string {
  return `${articlePath(slug)}/direct.json`;
}

/** Site path of a topic page, from a tag label or slug (`Sécurité` → `/tags/securite`). */
export function tagPath(tag: string, page = 1): string {
  return withPage(`/tags/${slugifyTag(tag)}`, page);
}

/** The index of all topics. */
export const TOPICS_PATH = '/tags';

/** Site path of a section (rubrique) page. */
export function sectionPath(slug: string, page = 1): string {
  return withPage(`/rubriques/${slug}`, page);
}

/** Site path of an author page. */
export function authorPath(slug: string, page = 1): string {
  return withPage(`/auteurs/${slug}`, page);
}

/** The archive: every published article, newest first, page by page. */
export function archivePath(page = 1): string {
  return withPage('/archives', page);
}

/** The search page, with a query when given. */
export function searchPath(query?: string): string {
  return query ? `/recherche?q=${encodeURIComponent(query)}` : '/recherche';
}

/** The three syndication formats, each served for the whole site, a section or a topic. */
export type FeedFormat = 'rss' | 'atom' | 'json';

const FEED_FILES: Record<FeedFormat, string> = {
  rss: 'rss.xml',
  atom: 'atom.xml',
  json: 'feed.json',
};

/** Every feed format, in the order feed links are listed. */
export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

/** The file name of a feed format, as it ends a feed URL (`rss` → `rss.xml`). */
export function getFeedFileName(format: FeedFormat): string {
  return FEED_FILES[format];
}

/** The format served under a feed file name (`rss.xml` → `rss`), or undefined. */
export function getFeedFormat(fileName: string): FeedFormat | undefined {
  return FEED_FORMATS.find((format) => FEED_FILES[format] === fileName);
}

/**
 * Site path of a feed: `/flux/rss.xml` for the whole site, or under a listing's own path
 * (`/rubriques/mobile/flux/rss.xml`, `/tags/huawei/flux/atom.xml`).
 */
export function feedPath(format: FeedFormat, listingPath = ''): string {
  return `${listingPath}/flux/${FEED_FILES[format]}`;
}

/** The sitemap (or, past 50,000 addresses, the sitemap index). */
export const SITEMAP_PATH = '/sitemap.xml';

/** One child sitemap of the sitemap index, numbered from 1. */
export function sitemapPartPath(part: number): string {
  return `/sitemaps/${part}.xml`;
}

/** The Google News sitemap: articles of the last 48 hours. */
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';

/** « Qui sommes-nous » : the newsroom, its principles and its publisher. */
export const ABOUT_PATH = '/qui-sommes-nous';

/** « Contact » : how to reach the newsroom and ask for a correction. */
export const CONTACT_PATH = '/contact';
