import { expect, test } from '@playwright/test';
import { DRAFT_SLUG, SCHEDULED_SLUG, SEED_PATH } from './constants';
import { USER_AGENTS } from './crawler';

const UNKNOWN = [
  '/articles/article-inconnu',
  `/articles/${DRAFT_SLUG}`,
  `/articles/${SCHEDULED_SLUG}`,
  '/tags/sujet-inconnu',
  '/auteurs/auteur-inconnu',
  '/rubriques/rubrique-inconnue',
  '/archives/page/99',
  '/archives/page/0',
  '/rubriques/mobile/page/abc',
  '/auteurs/la-redaction/page/9',
  '/tags/huawei/page/50',
];

for (const [who, userAgent] of USER_AGENTS) {
  test.describe(`status codes for ${who}`, () => {
    test('unknown articles, topics, authors, sections and pages answer 404, not 200', async ({
      request,
    }) => {
      for (const path of UNKNOWN) {
        const response = await request.get(path, { headers: { 'user-agent': userAgent } });
        expect(response.status(), path).toBe(404);
        const html = await response.text();
        expect(html, path).toContain('Page introuvable');
        expect(html, path).toMatch(/<meta name="robots" content="noindex/);
      }
    });

    test('a former slug answers a permanent redirect', async ({ request }) => {
      const response = await request.get('/articles/huawei-att-ces-2018', {
        headers: { 'user-agent': userAgent },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(308);
      const locations = response
        .headersArray()
        .filter((header) => header.name.toLowerCase() === 'location');
      expect(locations.map((header) => header.value)).toEqual([SEED_PATH]);
    });
  });
}

test.describe('trailing slashes', () => {
  test('redirect permanently to the address without one', async ({ request, baseURL }) => {
    for (const path of [
      `${SEED_PATH}/`,
      '/tags/',
      '/rubriques/mobile/',
      '/archives/page/2/',
      '/flux/rss.xml/',
      '/sitemap.xml/',
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(308);
      expect(new URL(response.headers().location ?? '', baseURL).pathname, path).toBe(
        path.slice(0, -1),
      );
    }
  });
});

test.describe('HEAD requests', () => {
  test('answer like GET, without a body', async ({ request }) => {
    const expected: [string, number, RegExp][] = [
      ['/', 200, /^text\/html/],
      [SEED_PATH, 200, /^text\/html/],
      ['/rubriques/mobile', 200, /^text\/html/],
      ['/flux/rss.xml', 200, /^application\/rss\+xml/],
      ['/tags/huawei/flux/feed.json', 200, /^application\/feed\+json/],
      ['/sitemap.xml', 200, /^application\/xml/],
      ['/news-sitemap.xml', 200, /^application\/xml/],
      ['/robots.txt', 200, /^text\/plain/],
      [`${SEED_PATH}/og.png`, 200, /^image\/png/],
      ['/articles/article-inconnu', 404, /^text\/html/],
      ['/flux/inconnu.xml', 404, /^text/],
    ];
    for (const [path, status, type] of expected) {
      const response = await request.head(path);
      expect(response.status(), path).toBe(status);
      expect(response.headers()['content-type'], path).toMatch(type);
      expect((await response.body()).length, path).toBe(0);
    }
  });
});

test.describe('Open Graph images', () => {
  test('are 1200×630 PNG files, for published articles only', async ({ request }) => {
    for (const path of [SEED_PATH, '/articles/cyber-resilience-act-signalement-failles']) {
      const response = await request.get(`${path}/og.png`);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      // The PNG signature, then the IHDR chunk with the width and height.
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.toString('ascii', 12, 16)).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
    }
    for (const slug of [DRAFT_SLUG, SCHEDULED_SLUG, 'article-inconnu']) {
      expect((await request.get(`/articles/${slug}/og.png`)).status(), slug).toBe(404);
    }
  });
});
