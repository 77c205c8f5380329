import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ArticleMeta } from '@/lib/content';
import { getArticle, getPublishedArticles } from '@/lib/content';
import { renderCurrentNewsSitemap, selectNewsArticles } from '@/lib/seo/news-sitemap';
import {
  NEWSROOM_NOW,
  NEWSROOM_SECRETS,
  NEWSROOM_SITE,
  setUpNewsroom,
} from '@/lib/seo/__tests__/newsroom';

setUpNewsroom();

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' });

function readNewsSitemap(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const { urlset } = parser.parse(xml);
  expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
  return newsUrls.parse(urlset.url ?? []);
}

const newsUrls = z.array(
  z.object({ loc: z.string(), 'news:news': z.record(z.string(), z.unknown()) }),
);

describe('Google News sitemap with the clock at 2026-03-11 09:00 (Paris)', () => {
  it('includes the article of one day ago and excludes the one of three days ago', () => {
    const xml = renderCurrentNewsSitemap();
    const urls = readNewsSitemap(xml);
    expect(urls.map((url) => url.loc)).toEqual([`${NEWSROOM_SITE}/articles/depeche-d-hier`]);
    expect(urls[0]?.['news:news']).toEqual({
      'news:publication': { 'news:name': 'Manchette', 'news:language': 'fr' },
      'news:publication_date': '2026-03-10T09:00:00+01:00',
      'news:title': 'Une dépêche publiée hier',
    });
    // The draft (an hour old) and tomorrow's article are not published: never listed.
    for (const secret of NEWSROOM_SECRETS) expect(xml).not.toContain(secret);
  });

  it('follows the injected clock: two days later, the window is empty', () => {
    const later = Date.parse(NEWSROOM_NOW) + 2 * 24 * 60 * 60 * 1000;
    expect(readNewsSitemap(renderCurrentNewsSitemap(later))).toEqual([]);
    // Three and a half days earlier, only the older story was out, and it was new then.
    const earlier = Date.parse('2026-03-09T09:00:00+01:00');
    expect(selectNewsArticles(getPublishedArticles(), earlier).map((a) => a.slug)).toEqual([
      'depeche-d-il-y-a-trois-jours',
    ]);
  });

  it('keeps the newest 1,000 when more were published in 48 hours', () => {
    const base = getArticle('depeche-d-hier');
    if (!base) throw new Error('fixture missing');
    const now = Date.parse(NEWSROOM_NOW);
    // 1,500 articles, one a minute for the last 25 hours, newest first.
    const flood: ArticleMeta[] = Array.from({ length: 1500 }, (_, index) => ({
      ...base,
      slug: `flash-${index}`,
      publishedAt: now - index * 60_000,
    }));
    const selected = selectNewsArticles(flood, now);
    expect(selected).toHaveLength(1000);
    expect(selected[0]?.slug).toBe('flash-0');
    expect(selected.at(-1)?.slug).toBe('flash-999');
  });

  it('treats the 48-hour edge as excluded and the present as included', () => {
    const base = getArticle('depeche-d-hier');
    if (!base) throw new Error('fixture missing');
    const now = Date.parse(NEWSROOM_NOW);
    const at = (slug: string, publishedAt: number) => ({ ...base, slug, publishedAt });
    const selected = selectNewsArticles(
      [at('futur', now + 1), at('maintenant', now), at('limite', now - 48 * 3_600_000)],
      now,
    );
    expect(selected.map((article) => article.slug)).toEqual(['maintenant']);
  });
});
