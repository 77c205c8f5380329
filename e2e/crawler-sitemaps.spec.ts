import { expect, test } from '@playwright/test';
import {
  getSiteOrigin,
  parseXml,
  readCanonical,
  readSitemapLocs,
  toPath,
  UNPUBLISHED_SECRETS,
} from './crawler';

test.describe('robots.txt', () => {
  test('opens the site to crawlers and lists both sitemaps', async ({ request }) => {
    const origin = await getSiteOrigin(request);
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/plain/);
    const lines = (await response.text()).split('\n').map((line) => line.trim());
    expect(lines).toContain('User-Agent: *');
    expect(lines).toContain('Allow: /');
    expect(lines).toContain(`Sitemap: ${origin}/sitemap.xml`);
    expect(lines).toContain(`Sitemap: ${origin}/news-sitemap.xml`);
  });
});

test.describe('sitemap.xml', () => {
  test('every <loc> answers 200 and is the canonical URL of its page', async ({ request }) => {
    const origin = await getSiteOrigin(request);
    const locs = await readSitemapLocs(request, '/sitemap.xml');
    // The front page, archive, topics, four sections, five authors, 20 articles, many topics.
    expect(locs.length).toBeGreaterThan(80);
    expect(new Set(locs).size).toBe(locs.length);
    for (const loc of locs) {
      expect(loc.startsWith(`${origin}/`), loc).toBe(true);
      const response = await request.get(toPath(loc), { maxRedirects: 0 });
      expect(response.status(), loc).toBe(200);
      const canonical = readCanonical(await response.text());
      // As URLs: Next writes the front page's canonical as the bare origin, without its slash.
      expect(canonical && new URL(canonical).href, loc).toBe(loc);
    }
  });

  test('lists every published article and nothing unpublished', async ({ request }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.headers()['content-type']).toBe('application/xml; charset=utf-8');
    const text = await response.text();
    for (const secret of UNPUBLISHED_SECRETS) expect(text).not.toContain(secret);
    const articles = (await readSitemapLocs(request, '/sitemap.xml')).filter((loc) =>
      loc.includes('/articles/'),
    );
    // The archive's pages list every published article: the sitemap must have the same ones.
    const archived: string[] = [];
    for (let page = 1; ; page += 1) {
      const response = await request.get(page === 1 ? '/archives' : `/archives/page/${page}`);
      if (response.status() === 404) break;
      const html = await response.text();
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      for (const match of main.matchAll(/<a[^>]+href="(\/articles\/[a-z0-9-]+)"/g)) {
        if (match[1] && !archived.includes(match[1])) archived.push(match[1]);
      }
    }
    expect(articles.map(toPath).sort()).toEqual(archived.sort());
  });

  test('has no child sitemaps while the site fits in one file', async ({ request }) => {
    expect((await request.get('/sitemaps/1.xml')).status()).toBe(404);
  });
});

test.describe('news-sitemap.xml', () => {
  test('is a valid Google News sitemap of the last 48 hours', async ({ request }) => {
    const response = await request.get('/news-sitemap.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/xml; charset=utf-8');
    const text = await response.text();
    for (const secret of UNPUBLISHED_SECRETS) expect(text).not.toContain(secret);
    const { urlset } = parseXml(text);
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const urls: { loc: string; 'news:news': Record<string, unknown> }[] = urlset.url ?? [];
    expect(urls.length).toBeLessThanOrEqual(1000);
    // The shipped articles are older than two days, so the list may be empty; any entry
    // must be a live article of the last 48 hours with the news: fields.
    for (const url of urls) {
      const news = url['news:news'];
      expect(news['news:publication']).toEqual({ 'news:name': 'Manchette', 'news:language': 'fr' });
      const published = Date.parse(String(news['news:publication_date']));
      expect(Date.now() - published).toBeLessThan(48 * 3_600_000 + 120_000);
      expect((await request.get(toPath(url.loc))).status()).toBe(200);
    }
  });
});
