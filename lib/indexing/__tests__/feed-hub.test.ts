import { parseFeed } from 'feedsmith';
import { describe, expect, it, vi } from 'vitest';
import { renderArticleBodyHtml } from '@/components/mdx/static-html';
import { renderFeed } from '@/lib/seo/feeds/feed-response';
import { getSectionFeedSource, getSiteFeedSource } from '@/lib/seo/feeds/feed-sources';
import { NEWSROOM_SITE, setUpNewsroom } from '@/lib/seo/__tests__/newsroom';

setUpNewsroom();

const HUB = 'https://hub.manchette.example/';

async function render(format: 'rss' | 'atom' | 'json', source = getSiteFeedSource()) {
  if (!source) throw new Error('unknown feed source');
  return (await renderFeed(source, format, renderArticleBodyHtml)).body;
}

describe('WebSub discovery in feeds', () => {
  it('RSS carries atom:link rel="hub" beside rel="self" when WEBSUB_HUB is set', async () => {
    vi.stubEnv('WEBSUB_HUB', HUB);
    const parsed = parseFeed(await render('rss'));
    expect(parsed.format).toBe('rss');
    if (parsed.format !== 'rss') return;
    expect(parsed.feed.atom?.links).toEqual([
      { href: `${NEWSROOM_SITE}/flux/rss.xml`, rel: 'self', type: 'application/rss+xml' },
      { href: HUB, rel: 'hub' },
    ]);
  });

  it('Atom carries link rel="hub" beside rel="self", for a section feed too', async () => {
    vi.stubEnv('WEBSUB_HUB', HUB);
    const body = await render('atom', getSectionFeedSource('mobile'));
    expect(body).toContain(
      `<link rel="self" href="${NEWSROOM_SITE}/rubriques/mobile/flux/atom.xml"/>`,
    );
    expect(body).toContain(`<link rel="hub" href="${HUB}"/>`);
  });

  it('JSON Feed lists the hub under `hubs`, beside its feed_url', async () => {
    vi.stubEnv('WEBSUB_HUB', HUB);
    const feed: unknown = JSON.parse(await render('json'));
    expect(feed).toMatchObject({
      feed_url: `${NEWSROOM_SITE}/flux/feed.json`,
      hubs: [{ type: 'WebSub', url: HUB }],
    });
  });

  it('names no hub when WEBSUB_HUB is unset or unusable', async () => {
    for (const value of [undefined, 'pas-une-adresse']) {
      vi.stubEnv('WEBSUB_HUB', value);
      for (const format of ['rss', 'atom', 'json'] as const) {
        const body = await render(format);
        expect(body, `${format} ${value}`).not.toMatch(/"hub"|hubs|pas-une-adresse/);
      }
    }
  });
});
