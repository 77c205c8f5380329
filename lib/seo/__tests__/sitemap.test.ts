import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { lookUpArticle } from '@/lib/content';
import { getContentIndex } from '@/lib/content/catalog';
import {
  listSitemapEntries,
  parseSitemapPart,
  renderSitemap,
  renderSitemapPart,
  SITEMAP_URL_LIMIT,
  type SitemapEntry,
} from '@/lib/seo/sitemap';
import { NEWSROOM_SECRETS, NEWSROOM_SITE, setUpNewsroom } from '@/lib/seo/__tests__/newsroom';

setUpNewsroom();

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap'].includes(name),
});

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

/** A corpus far bigger than the site: `count` article URLs with distinct dates. */
function generateEntries(count: number): SitemapEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    loc: `${NEWSROOM_SITE}/articles/article-${index}`,
    lastmod: new Date(Date.UTC(2020, 0, 1) + index * 60_000).toISOString(),
  }));
}

describe('sitemap of the fixture newsroom', () => {
  it('starts from a valid fixture whose draft and scheduled article do exist', () => {
    expect(getContentIndex().problems).toEqual([]);
    for (const slug of ['brouillon-recent', 'programme-demain']) {
      expect(lookUpArticle(slug, { preview: true }).kind, slug).toBe('article');
      expect(lookUpArticle(slug).kind, slug).toBe('not-found');
    }
  });

  it('lists every public page with its lastmod, and nothing unpublished', () => {
    const entries = listSitemapEntries();
    const xml = renderSitemap(entries);
    const urls: { loc: string; lastmod?: string }[] = parse(xml).urlset.url;
    const locs = urls.map((url) => url.loc);
    expect(locs).toEqual([
      `${NEWSROOM_SITE}/`,
      `${NEWSROOM_SITE}/archives`,
      `${NEWSROOM_SITE}/tags`,
      `${NEWSROOM_SITE}/qui-sommes-nous`,
      `${NEWSROOM_SITE}/contact`,
      `${NEWSROOM_SITE}/rubriques/mobile`,
      `${NEWSROOM_SITE}/rubriques/securite`,
      `${NEWSROOM_SITE}/tags/huawei`,
      `${NEWSROOM_SITE}/tags/mobile`,
      `${NEWSROOM_SITE}/tags/securite`,
      `${NEWSROOM_SITE}/auteurs/alice-martin`,
      `${NEWSROOM_SITE}/auteurs/bruno-petit`,
      `${NEWSROOM_SITE}/articles/depeche-d-hier`,
      `${NEWSROOM_SITE}/articles/depeche-d-il-y-a-trois-jours`,
      `${NEWSROOM_SITE}/articles/titre-piege`,
    ]);
    const lastmod = (loc: string) =>
      urls.find((url) => url.loc === `${NEWSROOM_SITE}${loc}`)?.lastmod;
    // Articles: the latest of date, updated and corrections; listings: their newest change.
    expect(lastmod('/articles/depeche-d-hier')).toBe('2026-03-10T09:00:00+01:00');
    expect(lastmod('/articles/depeche-d-il-y-a-trois-jours')).toBe('2026-03-10T08:15:00+01:00');
    expect(lastmod('/rubriques/securite')).toBe('2026-03-10T08:15:00+01:00');
    expect(lastmod('/')).toBe('2026-03-10T09:00:00+01:00');
    for (const secret of NEWSROOM_SECRETS) expect(xml).not.toContain(secret);
  });

  it('has no child sitemaps while everything fits in one file', () => {
    expect(renderSitemapPart(listSitemapEntries(), 1)).toBeUndefined();
  });
});

// Building and parsing 120,000 URLs takes a few seconds on a busy machine: a generous ceiling.
describe('sitemap index past 50,000 URLs', { timeout: 60_000 }, () => {
  it('keeps exactly 50,000 URLs in one urlset', () => {
    const entries = generateEntries(SITEMAP_URL_LIMIT);
    const parsed = parse(renderSitemap(entries));
    expect(parsed.sitemapindex).toBeUndefined();
    expect(parsed.urlset.url).toHaveLength(50_000);
  });

  it('turns 120,001 URLs into an index of three child sitemaps of at most 50,000', () => {
    const entries = generateEntries(120_001);
    const index = parse(renderSitemap(entries));
    expect(index.urlset).toBeUndefined();
    expect(index.sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const children: { loc: string; lastmod: string }[] = index.sitemapindex.sitemap;
    expect(children.map((child) => child.loc)).toEqual([
      `${NEWSROOM_SITE}/sitemaps/1.xml`,
      `${NEWSROOM_SITE}/sitemaps/2.xml`,
      `${NEWSROOM_SITE}/sitemaps/3.xml`,
    ]);
    // Each child's lastmod is the newest of its URLs.
    expect(children.map((child) => child.lastmod)).toEqual([
      entries[49_999]?.lastmod,
      entries[99_999]?.lastmod,
      entries[120_000]?.lastmod,
    ]);
    const parts = [1, 2, 3].map((part) => {
      const xml = renderSitemapPart(entries, part);
      if (!xml) throw new Error(`part ${part} missing`);
      return parse(xml).urlset.url.map((url: { loc: string }) => url.loc);
    });
    expect(parts.map((locs) => locs.length)).toEqual([50_000, 50_000, 20_001]);
    // Together the parts hold every URL once, in order.
    expect(parts.flat()).toEqual(entries.map((entry) => entry.loc));
    expect(renderSitemapPart(entries, 4)).toBeUndefined();
    expect(renderSitemapPart(entries, 0)).toBeUndefined();
  });

  it('splits at any limit given, so the rule is the same at every size', () => {
    const entries = generateEntries(7);
    const children = parse(renderSitemap(entries, 3)).sitemapindex.sitemap;
    expect(children).toHaveLength(3);
    expect(parse(renderSitemapPart(entries, 3, 3) ?? '').urlset.url).toHaveLength(1);
  });
});

describe('child sitemap file names', () => {
  it('accepts numbered .xml files only', () => {
    expect(parseSitemapPart('1.xml')).toBe(1);
    expect(parseSitemapPart('12.xml')).toBe(12);
    for (const name of ['0.xml', '01.xml', '1', 'a.xml', '1.xml.gz', '-1.xml', '1.5.xml']) {
      expect(parseSitemapPart(name), name).toBeUndefined();
    }
  });
});
