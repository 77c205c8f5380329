/**
 * The cache tags and the lifetime of every cached page, feed and sitemap, named once. Pages and
 * route handlers declare the tags of the data they read (`declareCacheTags`); a content reload
 * invalidates only the tags of what changed (`lib/content/live`).
 */

/**
 * Seconds a cached page stays fresh before Next re-renders it in the background. It bounds how
 * late a scheduled article appears, and it is the CDN's `s-maxage`; published edits do not wait
 * for it (they invalidate by tag).
 */
export const CONTENT_LIFETIME_SECONDS = 60;

/** Every cached response: invalidated when authors or sections change, which any page may show. */
export const SITE_TAG = 'site';

/**
 * Every list of published articles: the front page, the archive, the topic index, the site's
 * feeds, the sitemaps and the news sitemap. Any published change invalidates it.
 */
export const ARTICLES_TAG = 'articles';

/** One article's page and Open Graph image, and the pages that show its headline. */
export function articleTag(slug: string): string {
  return `article:${slug}`;
}

/** A section's pages and feeds. */
export function sectionTag(slug: string): string {
  return `section:${slug}`;
}

/** A topic's pages and feeds. */
export function topicTag(slug: string): string {
  return `topic:${slug}`;
}

/** An author's pages. */
export function authorTag(slug: string): string {
  return `author:${slug}`;
}
