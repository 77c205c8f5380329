import { expect, test, type Page } from '@playwright/test';
import { getSiteOrigin, readSitemapLocs, toPath, UNPUBLISHED_SECRETS } from './crawler';

/** The nodes of the page's one JSON-LD element, by type. */
async function readJsonLd(page: Page): Promise<Map<string, Record<string, unknown>>> {
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  const text = (await scripts.textContent()) ?? '';
  for (const secret of UNPUBLISHED_SECRETS) expect(text).not.toContain(secret);
  const document: { '@context': string; '@graph': Record<string, unknown>[] } = JSON.parse(text);
  expect(document['@context']).toBe('https://schema.org');
  return new Map(document['@graph'].map((node) => [String(node['@type']), node]));
}

const attributes = (page: Page, selector: string, name: string) =>
  page
    .locator(selector)
    .evaluateAll(
      (elements, attribute) => elements.map((element) => element.getAttribute(attribute) ?? ''),
      name,
    );

test.describe('structured data', () => {
  test('every article: NewsArticle fields equal what the page shows', async ({ page, request }) => {
    const origin = await getSiteOrigin(request);
    const articles = (await readSitemapLocs(request, '/sitemap.xml')).filter((loc) =>
      loc.startsWith(`${origin}/articles/`),
    );
    expect(articles.length).toBeGreaterThanOrEqual(20);
    for (const url of articles) {
      await page.goto(toPath(url));
      const nodes = await readJsonLd(page);
      // A live blog is a LiveBlogPosting (an Article, as NewsArticle is), held to the same rules.
      const news = nodes.get('NewsArticle') ?? nodes.get('LiveBlogPosting');
      expect(news, url).toBeDefined();
      if (!news) continue;
      expect(news.headline, url).toBe(await page.locator('h1').textContent());
      expect(news.description, url).toBe(
        await page.locator('article > header > p.dek').textContent(),
      );
      expect(news.mainEntityOfPage, url).toEqual({ '@type': 'WebPage', '@id': url });
      expect(news.inLanguage).toBe('fr-FR');
      // Dates: the dateline's first <time> is the publication; the latest visible date
      // (update or correction) is the modification. Compared as instants.
      const shown = [
        ...(await attributes(page, 'article > header time', 'datetime')),
        ...(await attributes(page, 'article > aside time', 'datetime')),
      ];
      expect(String(news.datePublished)).toMatch(/T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(Date.parse(String(news.datePublished)), url).toBe(Date.parse(shown[0] ?? ''));
      expect(Date.parse(String(news.dateModified)), url).toBe(
        Math.max(...shown.map((date) => Date.parse(date))),
      );
      // Authors: the byline's names and links.
      const names = await page.locator('a[rel="author"]').allTextContents();
      const links = await attributes(page, 'a[rel="author"]', 'href');
      expect(news.author, url).toEqual(
        names.map((name, index) => ({
          '@type': 'Person',
          name,
          url: new URL(links[index] ?? '', origin).href,
        })),
      );
      expect(news.articleSection, url).toBe(
        await page.locator('article > header > p.kicker a').textContent(),
      );
      const tags = await page
        .getByRole('navigation', { name: 'Sujets' })
        .locator('a[rel="tag"]')
        .allTextContents();
      expect(news.keywords, url).toEqual(tags);
      expect(news.image, url).toContainEqual(
        expect.stringMatching(new RegExp(`^${url}/og\\.png\\?v=[0-9a-f]{12}$`)),
      );
      expect(news.publisher).toMatchObject({ '@type': 'Organization', name: 'Manchette' });
      // The breadcrumb trail, as the visible one.
      const crumbs = nodes.get('BreadcrumbList')?.itemListElement;
      const visible = await page
        .getByRole('navigation', { name: 'Fil d’Ariane' })
        .locator('li > a, li > span[aria-current]')
        .allTextContents();
      expect(Array.isArray(crumbs) ? crumbs.map((crumb) => crumb.name) : [], url).toEqual(visible);
    }
  });

  test('the front page: WebSite with a working search action, and Organization', async ({
    page,
    request,
  }) => {
    const origin = await getSiteOrigin(request);
    await page.goto('/');
    const nodes = await readJsonLd(page);
    const site = nodes.get('WebSite');
    expect(site).toMatchObject({ url: `${origin}/`, name: 'Manchette', inLanguage: 'fr-FR' });
    const action = site?.potentialAction;
    expect(action).toMatchObject({
      '@type': 'SearchAction',
      'query-input': 'required name=search_term_string',
    });
    const template = JSON.stringify(action).match(/"urlTemplate":"([^"]+)"/)?.[1] ?? '';
    expect(template).toBe(`${origin}/recherche?q={search_term_string}`);
    const search = await request.get(toPath(template.replace('{search_term_string}', 'huawei')));
    expect(search.status()).toBe(200);
    expect(await search.text()).toContain('résultats pour «\u202Fhuawei\u202F»');
    expect(nodes.get('Organization')).toMatchObject({
      name: 'Manchette',
      url: `${origin}/`,
      logo: { '@type': 'ImageObject', url: `${origin}/logo.svg` },
    });
    expect((await request.get('/logo.svg')).status()).toBe(200);
  });
});
