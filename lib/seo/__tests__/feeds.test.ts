import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { parseFeed } from 'feedsmith';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderArticleBodyHtml } from '@/components/mdx/static-html';
import { respondWithFeed, renderFeed } from '@/lib/seo/feeds/feed-response';
import { listSitemapEntries } from '@/lib/seo/sitemap';
import {
  FEED_ITEM_LIMIT,
  getSectionFeedSource,
  getSiteFeedSource,
  getTopicFeedSource,
  type FeedSource,
} from '@/lib/seo/feeds/feed-sources';
import { NEWSROOM_SECRETS, NEWSROOM_SITE, setUpNewsroom } from '@/lib/seo/__tests__/newsroom';

setUpNewsroom();

const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ARTICLE = `${NEWSROOM_SITE}/articles/depeche-d-hier`;
// The fixture's title as feeds carry it: escaped by the XML writer, set in French typography.
const TRAP_TITLE = 'Faille </script><script>alert("piège")</script> & «\u202Fguillemets\u202F»';

const decodeHtml = (html: string) =>
  html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');

async function render(source: FeedSource | undefined, format: 'rss' | 'atom' | 'json') {
  if (!source) throw new Error('unknown feed source');
  const { body, contentType } = await renderFeed(source, format, renderArticleBodyHtml);
  if (format !== 'json') expect(XMLValidator.validate(body)).toBe(true);
  for (const secret of NEWSROOM_SECRETS) expect(body).not.toContain(secret);
  return { body, contentType, parsed: parseFeed(body) };
}

/** What every feed must say about the article of yesterday: the full HTML, links made absolute. */
function expectFeedHtml(html: string | undefined) {
  expect(html).toBeDefined();
  if (!html) return;
  expect(html).toContain(`<a href="${NEWSROOM_SITE}/tags/securite" rel="tag">#Sécurité</a>`);
  expect(html).toContain(`<a href="${NEWSROOM_SITE}/tags/huawei">lien interne</a>`);
  expect(html).toContain(`<a href="${ARTICLE}#un-intertitre">ancre</a>`);
  expect(html).toContain(
    '<a href="https://www.example.org/page?a=1&amp;b=2" rel="noopener noreferrer">',
  );
  expect(html).toContain('<h2 id="un-intertitre">Un intertitre</h2>');
  // The tweet, as static HTML: its hashtags link to our topic pages, its links to X.
  expect(html).toContain('<blockquote cite="https://x.com/HuaweiMobile/status/1" lang="en">');
  expect(html).toContain(`<a href="${NEWSROOM_SITE}/tags/huawei" rel="tag">#Huawei</a>`);
  expect(html).toContain(`<a href="${NEWSROOM_SITE}/tags/mobile" rel="tag">#Mobile</a>`);
  expect(html).toContain('<a href="https://x.com/HuaweiMobile" rel="noopener noreferrer"');
  expect(html).toContain('(Crédit photo\u202F: Huawei)');
  // No relative link and none of the site's class names survive.
  expect(html).not.toMatch(/\s(href|src)="(?!https?:|mailto:)/);
  expect(html).not.toContain('class=');
}

describe('RSS 2.0', () => {
  it('parses as RSS with the channel and item elements readers need', async () => {
    const { parsed, body, contentType } = await render(getSiteFeedSource(), 'rss');
    expect(contentType).toBe('application/rss+xml; charset=utf-8');
    expect(parsed.format).toBe('rss');
    if (parsed.format !== 'rss') return;
    const { feed } = parsed;
    expect(feed).toMatchObject({
      title: 'Manchette',
      link: `${NEWSROOM_SITE}/`,
      language: 'fr',
      atom: { links: [{ href: `${NEWSROOM_SITE}/flux/rss.xml`, rel: 'self' }] },
    });
    expect(body).toContain('<language>fr</language>');
    expect(feed.description).toBeTruthy();
    expect(feed.lastBuildDate).toMatch(RFC_822);
    const items = feed.items ?? [];
    expect(items.map((item) => item.link)).toEqual([
      ARTICLE,
      `${NEWSROOM_SITE}/articles/depeche-d-il-y-a-trois-jours`,
      `${NEWSROOM_SITE}/articles/titre-piege`,
    ]);
    const [first, , trap] = items;
    expect(first).toMatchObject({
      title: 'Une dépêche publiée hier',
      guid: { value: ARTICLE, isPermaLink: true },
      pubDate: 'Tue, 10 Mar 2026 08:00:00 GMT',
      description:
        'Publiée un jour avant l’horloge des tests, elle figure dans le plan Google News.',
      dc: { creators: ['Alice Martin et Bruno Petit'] },
      categories: [{ name: 'Mobile' }, { name: 'Huawei' }, { name: 'Sécurité' }],
    });
    for (const item of items) expect(item.pubDate).toMatch(RFC_822);
    expectFeedHtml(first?.content?.encoded);
    expect(trap?.title).toBe(TRAP_TITLE);
  });
});

describe('Atom 1.0', () => {
  it('parses as Atom with ids, RFC 3339 dates, authors, categories and content', async () => {
    const { parsed, contentType } = await render(getSiteFeedSource(), 'atom');
    expect(contentType).toBe('application/atom+xml; charset=utf-8');
    expect(parsed.format).toBe('atom');
    if (parsed.format !== 'atom') return;
    const { feed } = parsed;
    expect(feed.id).toBe(`${NEWSROOM_SITE}/`);
    expect(feed.title).toEqual({ value: 'Manchette' });
    expect(feed.updated).toMatch(RFC_3339);
    expect(feed.links).toContainEqual({ href: `${NEWSROOM_SITE}/flux/atom.xml`, rel: 'self' });
    const entries = feed.entries ?? [];
    expect(entries).toHaveLength(3);
    const [first, second, trap] = entries;
    expect(first).toMatchObject({
      id: ARTICLE,
      links: [{ href: ARTICLE }],
      published: '2026-03-10T08:00:00.000Z',
      updated: '2026-03-10T08:00:00.000Z',
      authors: [
        { name: 'Alice Martin', uri: `${NEWSROOM_SITE}/auteurs/alice-martin` },
        { name: 'Bruno Petit', uri: `${NEWSROOM_SITE}/auteurs/bruno-petit` },
      ],
      categories: [
        { term: 'mobile', label: 'Mobile' },
        { term: 'huawei', label: 'Huawei' },
        { term: 'securite', label: 'Sécurité' },
      ],
    });
    // `updated` follows the correction, `published` the original date.
    expect(second).toMatchObject({
      published: '2026-03-08T08:00:00.000Z',
      updated: '2026-03-10T07:15:00.000Z',
    });
    for (const entry of entries) {
      expect(entry.published).toMatch(RFC_3339);
      expect(entry.updated).toMatch(RFC_3339);
      expect(entry.summary?.value).toBeTruthy();
    }
    expectFeedHtml(first?.content?.value);
    expect(decodeHtml(trap?.title?.value ?? '')).toBe(TRAP_TITLE);
  });
});

describe('JSON Feed 1.1', () => {
  it('parses as JSON Feed 1.1 in French, with authors, tags, dates and content', async () => {
    const { parsed, body, contentType } = await render(getSiteFeedSource(), 'json');
    expect(contentType).toBe('application/feed+json; charset=utf-8');
    expect(parsed.format).toBe('json');
    const raw = JSON.parse(body);
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
    if (parsed.format !== 'json') return;
    const { feed } = parsed;
    expect(feed).toMatchObject({
      title: 'Manchette',
      home_page_url: `${NEWSROOM_SITE}/`,
      feed_url: `${NEWSROOM_SITE}/flux/feed.json`,
      language: 'fr',
    });
    const items = feed.items ?? [];
    expect(items.map((item) => item.id)).toEqual([
      ARTICLE,
      `${NEWSROOM_SITE}/articles/depeche-d-il-y-a-trois-jours`,
      `${NEWSROOM_SITE}/articles/titre-piege`,
    ]);
    expect(items[0]).toMatchObject({
      url: ARTICLE,
      title: 'Une dépêche publiée hier',
      date_published: '2026-03-10T09:00:00+01:00',
      date_modified: '2026-03-10T09:00:00+01:00',
      authors: [
        { name: 'Alice Martin', url: `${NEWSROOM_SITE}/auteurs/alice-martin` },
        { name: 'Bruno Petit', url: `${NEWSROOM_SITE}/auteurs/bruno-petit` },
      ],
      tags: ['Mobile', 'Huawei', 'Sécurité'],
      language: 'fr',
    });
    expect(items[1]?.date_modified).toBe('2026-03-10T08:15:00+01:00');
    for (const item of items) expect(item.date_published).toMatch(RFC_3339);
    expectFeedHtml(items[0]?.content_html);
    expect(items[2]?.title).toBe(TRAP_TITLE);
  });
});

describe('scheduled articles', () => {
  it('enter the feeds and the sitemap once their time has come, without a rebuild', async () => {
    const before = await render(getSiteFeedSource(), 'json');
    expect(before.body).not.toContain('programme-demain');
    vi.stubEnv('MANCHETTE_NOW', '2026-03-12T09:00:01+01:00');
    const after = await renderFeed(getSiteFeedSource(), 'json', renderArticleBodyHtml);
    const items: { id: string }[] = JSON.parse(after.body).items;
    expect(items[0]?.id).toBe(`${NEWSROOM_SITE}/articles/programme-demain`);
    expect(listSitemapEntries().map((entry) => entry.loc)).toContain(
      `${NEWSROOM_SITE}/articles/programme-demain`,
    );
  });
});

describe('section and topic feeds', () => {
  it('hold only their own articles', async () => {
    const section = await render(getSectionFeedSource('securite'), 'rss');
    if (section.parsed.format !== 'rss') throw new Error('not RSS');
    expect(section.parsed.feed.title).toBe('Sécurité — Manchette');
    expect(section.parsed.feed.link).toBe(`${NEWSROOM_SITE}/rubriques/securite`);
    expect(section.parsed.feed.items?.map((item) => item.link)).toEqual([
      `${NEWSROOM_SITE}/articles/depeche-d-il-y-a-trois-jours`,
      `${NEWSROOM_SITE}/articles/titre-piege`,
    ]);
    const topic = await render(getTopicFeedSource('huawei'), 'atom');
    if (topic.parsed.format !== 'atom') throw new Error('not Atom');
    expect(topic.parsed.feed.links).toContainEqual({
      href: `${NEWSROOM_SITE}/tags/huawei/flux/atom.xml`,
      rel: 'self',
    });
    expect(topic.parsed.feed.entries?.map((entry) => entry.id)).toEqual([ARTICLE]);
  });

  it('answer 404 for an unknown section, topic or file, and for unpublished topics', async () => {
    expect(getSectionFeedSource('inconnue')).toBeUndefined();
    expect(getTopicFeedSource('brouillon')).toBeUndefined();
    expect(getTopicFeedSource('programmation')).toBeUndefined();
    const missing = await respondWithFeed(undefined, 'rss.xml', renderArticleBodyHtml);
    expect(missing.status).toBe(404);
    const wrongFile = await respondWithFeed(getSiteFeedSource(), 'rss.json', renderArticleBodyHtml);
    expect(wrongFile.status).toBe(404);
    const ok = await respondWithFeed(getSiteFeedSource(), 'feed.json', renderArticleBodyHtml);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
  });
});

describe('a generated newsroom of 55 articles', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-feeds-'));
  fs.mkdirSync(path.join(root, 'articles'));
  fs.mkdirSync(path.join(root, 'authors'));
  fs.writeFileSync(
    path.join(root, 'sections.yaml'),
    '- slug: mobile\n  name: Mobile\n  description: Mobile.\n',
  );
  fs.writeFileSync(
    path.join(root, 'authors/alice-martin.yaml'),
    'name: Alice Martin\nbio: Journaliste.\n',
  );
  for (let day = 1; day <= 55; day += 1) {
    const date = new Date(Date.UTC(2026, 0, day, 8)).toISOString().replace('.000Z', 'Z');
    fs.writeFileSync(
      path.join(root, 'articles', `article-${day}.mdx`),
      `---\ntitle: Article ${day}\ndescription: Le numéro ${day}.\ndate: ${date}\nauthors: [alice-martin]\nsection: mobile\n---\n\nTexte ${day}.\n`,
    );
  }
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('puts only the newest 50 in each feed', async () => {
    vi.stubEnv('CONTENT_DIR', root);
    const source = getSiteFeedSource();
    expect(source.articles).toHaveLength(FEED_ITEM_LIMIT);
    const { parsed } = await render(source, 'rss');
    if (parsed.format !== 'rss') throw new Error('not RSS');
    const titles = parsed.feed.items?.map((item) => item.title) ?? [];
    expect(titles).toHaveLength(50);
    expect(titles[0]).toBe('Article 55');
    expect(titles.at(-1)).toBe('Article 6');
    const json = await render(getSectionFeedSource('mobile'), 'json');
    if (json.parsed.format !== 'json') throw new Error('not JSON Feed');
    expect(json.parsed.feed.items).toHaveLength(50);
  });
});
