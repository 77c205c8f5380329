import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderArticleBodyHtml } from '@/components/mdx/static-html';
import { getArticle, getLiveStatus, getLiveUpdates, parseLiveSince } from '@/lib/content';
import { getContentIndex } from '@/lib/content/catalog/content-index';
import { readLiveUpdatesResponse } from '@/lib/live/protocol';
import { getArticleJsonLd } from '@/lib/seo/json-ld';
import { toAbsoluteUrl } from '@/lib/seo/site';

const VALID = 'lib/content/__tests__/fixtures/valid';

afterEach(() => {
  vi.unstubAllEnvs();
});

function loadLiveFixture() {
  vi.stubEnv('CONTENT_DIR', VALID);
  const article = getContentIndex().articlesBySlug.get('direct-en-cours');
  if (!article?.live) throw new Error('live fixture missing');
  return { ...article, live: article.live };
}

describe('a live blog in the index', () => {
  it('lists its entries newest first, with anchors from their times, text and file lines', () => {
    const { live } = loadLiveFixture();
    expect(live.entries.map((entry) => [entry.anchor, entry.title, entry.lineOffset + 1])).toEqual([
      ['entree-2026-01-05-10h42', 'Une annonce attendue', 16],
      ['entree-2026-01-05-10h15-30s', 'Une entrée écrite en dernier mais datée avant', 24],
      ['entree-2026-01-05-09h00', 'Ouverture des portes', 12],
    ]);
    expect(live.entries[2]?.text).toBe('Le salon ouvre ses portes. Un lien interne.');
    expect(live.entries[0]?.source.startsWith('<Entry time="2026-01-05T10:42:00+01:00"')).toBe(
      true,
    );
  });

  it('is modified when its newest entry was posted', () => {
    expect(loadLiveFixture().modified).toBe('2026-01-05T10:42:00+01:00');
  });

  it('is live until its end, then ended (clock frozen with MANCHETTE_NOW)', () => {
    const article = loadLiveFixture();
    expect(getLiveStatus(article)).toBe('live');
    const ended = { ...article, live: { ...article.live, end: '2026-01-05T12:00:00+01:00' } };
    vi.stubEnv('MANCHETTE_NOW', '2026-01-05T11:59:59+01:00');
    expect(getLiveStatus(ended)).toBe('live');
    vi.stubEnv('MANCHETTE_NOW', '2026-01-05T12:00:00+01:00');
    expect(getLiveStatus(ended)).toBe('ended');
  });
});

describe('the live JSON answer', () => {
  it('holds only the entries newer than the page, rendered, in a shape the island accepts', async () => {
    const article = loadLiveFixture();
    const since = Date.parse('2026-01-05T10:00:00+01:00');
    const answer = await getLiveUpdates(article, since, renderArticleBodyHtml);
    expect(readLiveUpdatesResponse(JSON.parse(JSON.stringify(answer)))).toEqual(answer);
    expect(answer.live).toBe(true);
    expect(answer.entries.map((entry) => entry.id)).toEqual([
      'entree-2026-01-05-10h42',
      'entree-2026-01-05-10h15-30s',
    ]);
    expect(answer.entries[0]?.html).toContain('<h2 id="entree-2026-01-05-10h42-titre"');
    expect(
      (
        await getLiveUpdates(
          article,
          Date.parse('2026-01-05T10:42:00+01:00'),
          renderArticleBodyHtml,
        )
      ).entries,
    ).toEqual([]);
  });

  it('reads ?depuis= as milliseconds and refuses anything else', () => {
    expect(parseLiveSince(null)).toBe(0);
    expect(parseLiveSince('1767605520000')).toBe(1767605520000);
    for (const bad of ['-1', '1e3', 'abc', '12.5', '9'.repeat(16)])
      expect(parseLiveSince(bad), bad).toBeUndefined();
  });

  it('the island refuses an answer of another shape', () => {
    expect(readLiveUpdatesResponse({ live: 'yes', entries: [] })).toBeUndefined();
    expect(
      readLiveUpdatesResponse({ live: true, entries: [{ id: 'x', time: '1', html: '' }] }),
    ).toBeUndefined();
    expect(readLiveUpdatesResponse(null)).toBeUndefined();
  });
});

describe('LiveBlogPosting JSON-LD', () => {
  it('carries the coverage and every entry with its anchor, headline, time and text', () => {
    vi.stubEnv('CONTENT_DIR', VALID);
    const article = getArticle('direct-en-cours');
    if (!article) throw new Error('live fixture missing');
    const [node] = getArticleJsonLd(article)['@graph'];
    expect(node?.['@type']).toBe('LiveBlogPosting');
    expect(node?.coverageStartTime).toBe('2026-01-05T09:00:00+01:00');
    expect(node?.coverageEndTime).toBeUndefined();
    expect(node?.dateModified).toBe('2026-01-05T10:42:00+01:00');
    expect(node?.liveBlogUpdate).toEqual(
      article.live?.entries.map((entry) => ({
        '@type': 'BlogPosting',
        '@id': toAbsoluteUrl(`/articles/direct-en-cours#${entry.anchor}`),
        headline: entry.title,
        datePublished: entry.time,
        articleBody: entry.text,
        url: toAbsoluteUrl(`/articles/direct-en-cours#${entry.anchor}`),
      })),
    );
  });

  it('stays a NewsArticle for an ordinary article', () => {
    vi.stubEnv('CONTENT_DIR', VALID);
    const article = getArticle('kitchen-sink');
    if (!article) throw new Error('fixture missing');
    expect(getArticleJsonLd(article)['@graph'][0]?.['@type']).toBe('NewsArticle');
  });
});
