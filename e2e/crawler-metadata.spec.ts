import { expect, test, type Page } from '@playwright/test';
import { DRAFT_SLUG, SEED_PATH } from './constants';
import { getSiteOrigin, USER_AGENTS } from './crawler';
import { openPreview } from './preview';

/** The content of a `<meta>` in `<head>`, by name or property. */
const meta = (page: Page, key: string) =>
  page.locator(`head > meta[name="${key}"], head > meta[property="${key}"]`);

/** The document's title, which must be in `<head>` (and only there). */
async function readHeadTitle(page: Page): Promise<string | null> {
  await expect(page.locator('title')).toHaveCount(1);
  return page.locator('head > title').textContent();
}

/** Every robots directive of the page (Next adds its own `noindex` to 404 answers). */
const readRobots = (page: Page) =>
  page
    .locator('head > meta[name="robots"]')
    .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));

// JavaScript off: what a crawler parses from the HTML is what these tests read, so a tag that
// arrived in <body> (streamed) cannot pass for one in <head>.
for (const [who, userAgent] of USER_AGENTS) {
  test.describe(`metadata in <head> for ${who}`, () => {
    test.use({ userAgent, javaScriptEnabled: false });

    test('an article: canonical, Open Graph article fields, large card, feeds', async ({
      page,
      request,
    }) => {
      const origin = await getSiteOrigin(request);
      const url = `${origin}${SEED_PATH}`;
      const response = await page.goto(SEED_PATH);
      expect(response?.status()).toBe(200);
      const title = (await page.locator('h1').textContent()) ?? '';
      expect(await readHeadTitle(page)).toBe(`${title} — Manchette`);
      await expect(meta(page, 'description')).toHaveAttribute('content', /^Le partenariat/);
      await expect(page.locator('head > link[rel="canonical"]')).toHaveAttribute('href', url);
      const expected: [string, string | RegExp][] = [
        ['og:type', 'article'],
        ['og:locale', 'fr_FR'],
        ['og:site_name', 'Manchette'],
        ['og:title', title],
        ['og:url', url],
        // The card's URL carries its content hash (`?v=`), so it can be cached for a year.
        ['og:image', new RegExp(`^${url}/og\\.png\\?v=[0-9a-f]{12}$`)],
        ['og:image:width', '1200'],
        ['og:image:height', '630'],
        ['article:published_time', '2018-01-09T18:30:00+01:00'],
        ['article:modified_time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/],
        ['article:section', 'Mobile'],
        ['article:author', `${origin}/auteurs/la-redaction`],
        ['twitter:card', 'summary_large_image'],
        ['twitter:image', new RegExp(`^${url}/og\\.png\\?v=[0-9a-f]{12}$`)],
      ];
      for (const [key, value] of expected) {
        await expect(meta(page, key), key).toHaveAttribute('content', value);
      }
      expect(await meta(page, 'article:tag').count()).toBeGreaterThan(1);
      // Indexable, with large image previews in Google Discover.
      expect(await readRobots(page)).toEqual(['index, follow, max-image-preview:large']);
      for (const type of ['application/rss+xml', 'application/atom+xml', 'application/feed+json']) {
        await expect(page.locator(`head > link[rel="alternate"][type="${type}"]`)).toHaveCount(2);
      }
      // Nothing was left behind in the body.
      await expect(page.locator('body meta, body title, body link[rel="canonical"]')).toHaveCount(
        0,
      );
    });

    test('pages rendered per request keep their metadata in <head>', async ({ page, request }) => {
      const origin = await getSiteOrigin(request);
      await page.goto('/recherche?q=huawei');
      expect(await readHeadTitle(page)).toBe('Recherche — Manchette');
      await expect(page.locator('head > link[rel="canonical"]')).toHaveAttribute(
        'href',
        `${origin}/recherche`,
      );
      expect(await readRobots(page)).toEqual(['noindex, follow']);
      // A draft in preview: a request-time render of the article route, never to be indexed.
      await openPreview(page, DRAFT_SLUG);
      await expect(page).toHaveURL(new RegExp(`/articles/${DRAFT_SLUG}$`));
      expect(await readRobots(page)).toEqual(['noindex, nofollow']);
      expect(await readHeadTitle(page)).toMatch(/— Manchette$/);
      await expect(page.locator('head > link[rel="canonical"]')).toHaveAttribute(
        'href',
        `${origin}/articles/${DRAFT_SLUG}`,
      );
      await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
      await expect(page.locator('body meta, body title')).toHaveCount(0);
    });

    test('indexable listings allow large image previews, like articles', async ({ page }) => {
      for (const path of [
        '/',
        '/archives',
        '/tags',
        '/rubriques/mobile',
        '/tags/huawei',
        '/auteurs/la-redaction',
      ]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        expect(await readRobots(page), path).toEqual(['index, follow, max-image-preview:large']);
      }
    });

    test('the 404 page is noindex', async ({ page }) => {
      const response = await page.goto('/articles/article-inconnu');
      expect(response?.status()).toBe(404);
      const robots = await readRobots(page);
      expect(robots.length).toBeGreaterThan(0);
      for (const directive of robots) expect(directive).toMatch(/^noindex\b/);
    });
  });
}

test.describe('canonical URLs', () => {
  test('each page names itself, pagination included', async ({ request }) => {
    const origin = await getSiteOrigin(request);
    for (const path of [
      '/',
      '/archives',
      '/archives/page/2',
      '/tags',
      '/tags/huawei',
      '/rubriques/mobile',
      '/auteurs/la-redaction',
      SEED_PATH,
    ]) {
      const html = await (await request.get(path)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      const canonicals = [...head.matchAll(/<link rel="canonical" href="([^"]+)"/g)];
      // Compared as URLs: Next writes the front page's canonical as the bare origin.
      expect(
        canonicals.map((match) => new URL(match[1] ?? '').href),
        path,
      ).toEqual([new URL(path, origin).href]);
      expect(head, path).toMatch(/<meta property="og:locale" content="fr_FR"\/>/);
      expect(head, path).toMatch(/<meta name="description" content="[^"]+"\/>/);
    }
  });
});
