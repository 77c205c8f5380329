import { expect, test } from '@playwright/test';
import { DRAFT_CANARY, DRAFT_SLUG, SCHEDULED_CANARY, SCHEDULED_SLUG } from './constants';

const MAX_PAGES = 1_000;

/** Site links of a page: same origin, no fragment, skipping search queries and API routes. */
function extractLinks(html: string): string[] {
  const links = new Set<string>();
  for (const match of html.matchAll(/href="([^"]+)"/g)) {
    const href = (match[1] ?? '').replaceAll('&amp;', '&');
    if (!href.startsWith('/') || href.startsWith('//') || href.startsWith('/_next/')) continue;
    const path = href.split('#')[0] ?? '';
    if (path === '' || path.startsWith('/api/') || path.startsWith('/recherche?')) continue;
    links.add(path);
  }
  return [...links];
}

test('a crawl of the whole site finds no broken link and no unpublished article', async ({
  request,
}) => {
  test.setTimeout(180_000);
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const broken: string[] = [];
  const leaks: string[] = [];
  while (queue.length > 0 && seen.size <= MAX_PAGES) {
    const path = queue.shift() ?? '/';
    const response = await request.get(path);
    if (response.status() !== 200) {
      broken.push(`${path} → ${response.status()}`);
      continue;
    }
    const type = response.headers()['content-type'] ?? '';
    if (!type.startsWith('text/html')) continue;
    const html = await response.text();
    for (const secret of [
      DRAFT_CANARY,
      SCHEDULED_CANARY,
      `/articles/${DRAFT_SLUG}`,
      `/articles/${SCHEDULED_SLUG}`,
    ]) {
      if (html.includes(secret)) leaks.push(`${secret} in ${path}`);
    }
    for (const link of extractLinks(html)) {
      if (!seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(leaks).toEqual([]);
  // Every article, section, topic, author and archive page is reachable by links alone.
  expect(seen.size).toBeGreaterThan(60);
  expect([...seen].filter((path) => path.startsWith('/articles/')).length).toBeGreaterThanOrEqual(
    20,
  );
});
