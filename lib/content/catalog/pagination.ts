/** One page of a list, with what page links need. */
export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

/** Articles per listing page (section, topic, author and archive pages). */
export const PAGE_SIZE = 10;

/**
 * Page `page` (1-based) of `items`, or undefined when that page does not exist, so that routes
 * answer 404 for `/page/0`, `/page/99` or `/page/abc`. An empty list still has a page 1.
 */
export function paginate<T>(
  items: readonly T[],
  page: number | string,
  size = PAGE_SIZE,
): Page<T> | undefined {
  const number = typeof page === 'number' ? page : /^[1-9]\d{0,5}$/.test(page) ? Number(page) : NaN;
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(number) || number < 1 || number > pageCount) return undefined;
  return {
    items: items.slice((number - 1) * size, number * size),
    page: number,
    pageCount,
    total: items.length,
  };
}

/**
 * Pages of each list prerendered at build, page 1 (its own URL) included: only page 1. Deeper
 * pages are read rarely: they render on their first request (about 30 ms) and are then cached,
 * so a large archive adds thousands of list pages to the site without adding them to the build.
 * At 1,000 articles pages 2 and 3 of every topic, section and author were 264 of the build's 521
 * pages (issue 12).
 */
export const PRERENDERED_LIST_PAGES = 1;

/** `generateStaticParams` entries for pages 2..min(pageCount, PRERENDERED_LIST_PAGES). */
export function listExtraPages(total: number, size = PAGE_SIZE): { page: string }[] {
  const pageCount = Math.min(PRERENDERED_LIST_PAGES, Math.max(1, Math.ceil(total / size)));
  return Array.from({ length: pageCount - 1 }, (_, index) => ({ page: String(index + 2) }));
}
