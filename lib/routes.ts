import { slugifyTag } from '@/lib/format/slug';

/** Every site path is built here, so that links, sitemaps and feeds agree. */

const withPage = (base: string, page = 1) => (page > 1 ? `${base}/page/${page}` : base);

/** Site path of an article. */
export function articlePath(slug: string): string {
  return `/articles/${slug}`;
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
