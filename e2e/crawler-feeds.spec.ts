import { expect, test, type APIRequestContext } from '@playwright/test';
import { parseFeed, type AnyFeed } from 'feedsmith';
import { LIVE_BLOG_PATH, SEED_PATH } from './constants';
import { getSiteOrigin, parseXml, toPath, UNPUBLISHED_SECRETS } from './crawler';

const FORMATS = [
  ['rss.xml', 'rss', 'application/rss+xml; charset=utf-8'],
  ['atom.xml', 'atom', 'application/atom+xml; charset=utf-8'],
  ['feed.json', 'json', 'application/feed+json; charset=utf-8'],
] as const;

const CHANNELS = [
  '',
  '/rubriques/mobile',
  '/rubriques/telecoms',
  '/rubriques/cybersecurite',
  '/rubriques/entreprises',
  '/tags/huawei',
  '/tags/cybersecurite',
  '/tags/5g',
];

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** What every item must carry, whatever the format, once parsed. */
interface Item {
  title?: string | undefined;
  link?: string | undefined;
  id?: string | undefined;
  published?: string | undefined;
  authors: string[];
  categories: string[];
  summary?: string | undefined;
  html?: string | undefined;
}

async function readFeed(request: APIRequestContext, path: string, contentType: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toBe(contentType);
  const text = await response.text();
  for (const secret of UNPUBLISHED_SECRETS) expect(text, path).not.toContain(secret);
  if (!path.endsWith('.json')) parseXml(text);
  return { text, parsed: parseFeed(text) };
}

/** The items of a parsed feed in one shape, checking each format's own required elements. */
function readItems(parsed: AnyFeed<string>, text: string): Item[] {
  if (parsed.format === 'rss') {
    expect(text).toContain('<language>fr</language>');
    expect(parsed.feed.title && parsed.feed.link && parsed.feed.description).toBeTruthy();
    return (parsed.feed.items ?? []).map((item) => {
      expect(item.pubDate).toMatch(RFC_822);
      return {
        title: item.title,
        link: item.link,
        id: item.guid?.value,
        published: item.pubDate,
        authors: item.dc?.creators ?? [],
        categories: (item.categories ?? []).map((category) => category.name ?? ''),
        summary: item.description,
        html: item.content?.encoded,
      };
    });
  }
  if (parsed.format === 'atom') {
    expect(text).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(parsed.feed.id && parsed.feed.title && parsed.feed.updated).toBeTruthy();
    return (parsed.feed.entries ?? []).map((entry) => {
      expect(entry.published).toMatch(RFC_3339);
      expect(entry.updated).toMatch(RFC_3339);
      return {
        title: entry.title?.value,
        link: entry.links?.[0]?.href,
        id: entry.id,
        published: entry.published,
        authors: (entry.authors ?? []).map((author) => author.name ?? ''),
        categories: (entry.categories ?? []).map((category) => category.term ?? ''),
        summary: entry.summary?.value,
        html: entry.content?.value,
      };
    });
  }
  if (parsed.format === 'json') {
    expect(JSON.parse(text)).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      language: 'fr',
    });
    return (parsed.feed.items ?? []).map((item) => {
      expect(item.date_published).toMatch(RFC_3339);
      return {
        title: item.title,
        link: item.url,
        id: item.id,
        published: item.date_published,
        authors: (item.authors ?? []).map((author) => author.name ?? ''),
        categories: item.tags ?? [],
        summary: item.summary,
        html: item.content_html,
      };
    });
  }
  throw new Error(`unexpected feed format ${parsed.format}`);
}

test.describe('feeds', () => {
  for (const channel of CHANNELS) {
    test(`${channel || 'the whole site'}: RSS, Atom and JSON Feed parse, complete`, async ({
      request,
    }) => {
      const origin = await getSiteOrigin(request);
      const links: string[][] = [];
      for (const [file, format, contentType] of FORMATS) {
        const path = `${channel}/flux/${file}`;
        const { text, parsed } = await readFeed(request, path, contentType);
        expect(parsed.format, path).toBe(format);
        const items = readItems(parsed, text);
        expect(items.length, path).toBeGreaterThan(0);
        expect(items.length, path).toBeLessThanOrEqual(50);
        for (const item of items) {
          expect(item.title, path).toBeTruthy();
          expect(item.link?.startsWith(`${origin}/articles/`), path).toBe(true);
          expect(item.id, path).toBe(item.link);
          expect(item.published, path).toBeTruthy();
          expect(item.authors.length, path).toBeGreaterThan(0);
          expect(item.categories.length, path).toBeGreaterThan(0);
          expect(item.summary, path).toBeTruthy();
          // The body opens the item: a live blog's body is its entries, newest first.
          expect(item.html, path).toMatch(
            item.link === `${origin}${LIVE_BLOG_PATH}` ? /^<article id="entree-/ : /^<p>/,
          );
          // Every link of the article HTML is absolute.
          expect(item.html, path).not.toMatch(/\s(href|src)="(?!https?:|mailto:)/);
        }
        links.push(items.map((item) => item.link ?? ''));
      }
      // The three formats carry the same articles, newest first.
      expect(links[1]).toEqual(links[0]);
      expect(links[2]).toEqual(links[0]);
      for (const link of links[0]?.slice(0, 3) ?? []) {
        expect((await request.get(toPath(link))).status(), link).toBe(200);
      }
    });
  }

  test('the seed article reaches feed readers whole: hashtags and tweet as absolute links', async ({
    request,
  }) => {
    const origin = await getSiteOrigin(request);
    const { text, parsed } = await readFeed(request, '/flux/rss.xml', FORMATS[0][2]);
    const seed = readItems(parsed, text).find((item) => item.link === `${origin}${SEED_PATH}`);
    expect(seed?.html).toBeDefined();
    expect(seed?.html).toContain(`<a href="${origin}/tags/huawei" rel="tag">#Huawei</a>`);
    expect(seed?.html).toMatch(/<figure aria-label="Publication de Huawei Mobile sur X">/);
    expect(seed?.html).toContain('<a href="https://x.com/HuaweiMobile" rel="noopener noreferrer"');
    expect(seed?.html).toContain('(Crédit photo\u202F: Huawei)');
  });

  test('unknown channels and files answer 404', async ({ request }) => {
    for (const path of [
      '/flux/rss',
      '/flux/feed.xml',
      '/rubriques/inconnue/flux/rss.xml',
      '/tags/sujet-inconnu/flux/atom.xml',
      '/tags/programmation/flux/feed.json',
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test('the feeds announced in <head> answer with their media type', async ({ request }) => {
    for (const page of ['/', '/rubriques/mobile', '/tags/huawei', SEED_PATH]) {
      const html = await (await request.get(page)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      const announced = [
        ...head.matchAll(/<link rel="alternate" type="([^"]+)" href="([^"]+)" title="[^"]+"\/>/g),
      ];
      // Site feeds everywhere, plus the section's or topic's own on its pages and articles.
      expect(announced.length, page).toBeGreaterThanOrEqual(page === '/' ? 3 : 6);
      for (const [, type, href] of announced) {
        if (!type || !href) continue;
        const response = await request.get(toPath(href));
        expect(response.status(), href).toBe(200);
        expect(response.headers()['content-type'], href).toBe(`${type}; charset=utf-8`);
      }
    }
  });
});
