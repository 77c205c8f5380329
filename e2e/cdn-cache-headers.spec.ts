import { expect, test } from '@playwright/test';

// A CDN in front of several instances keeps public pages briefly and serves them stale while one
// instance re-renders them; a one-year lifetime would outlive the next deploy.
test.describe('cache headers for a CDN', () => {
  for (const path of ['/', '/articles/ambitions-contrariees-huawei-etats-unis', '/tags/huawei']) {
    test(`${path} may be cached a few minutes, then served stale while revalidating`, async ({
      request,
    }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const cacheControl = response.headers()['cache-control'] ?? '';
      // Not Next's one-year default for static pages: at most the layout's 5 minutes.
      const maxAge = Number(/(?:^|, )s-maxage=(\d+)/.exec(cacheControl)?.[1]);
      expect(maxAge).toBeGreaterThan(0);
      expect(maxAge).toBeLessThanOrEqual(300);
      expect(cacheControl).toMatch(/stale-while-revalidate=\d+/);
    });
  }

  test('a CDN keeps the 404 of an unknown article no longer than a page', async ({ request }) => {
    const response = await request.get('/articles/cet-article-n-existe-pas');
    expect(response.status()).toBe(404);
    const cacheControl = response.headers()['cache-control'] ?? '';
    // Either a shared lifetime as short as a page's, or no shared caching at all: a 404 without
    // either (no header, or only a browser max-age) could be kept by a CDN for as long as it likes.
    const maxAge = /(?:^|, )s-maxage=(\d+)/.exec(cacheControl)?.[1];
    if (maxAge === undefined)
      expect(cacheControl, 'uncacheable by a CDN').toMatch(/\b(private|no-store)\b/);
    else expect(Number(maxAge)).toBeLessThanOrEqual(300);
  });
});
