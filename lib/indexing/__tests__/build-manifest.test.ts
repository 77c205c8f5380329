import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPublishedArticles, getSections } from '@/lib/content';
import {
  createManifest,
  diffManifests,
  parseManifest,
  type PublishedManifest,
} from '@/lib/indexing/build-manifest';
import { NEWSROOM_DIR, NEWSROOM_NOW } from '@/lib/seo/__tests__/newsroom';

const SITE = new URL('https://www.manchette.example');
const NOW = Date.parse(NEWSROOM_NOW);

beforeEach(() => {
  vi.stubEnv('CONTENT_DIR', NEWSROOM_DIR);
  vi.stubEnv('MANCHETTE_NOW', NEWSROOM_NOW);
});
afterEach(() => vi.unstubAllEnvs());

function manifestOf(hashes: Record<string, string> = {}): PublishedManifest {
  return createManifest(getPublishedArticles(), {
    site: SITE,
    now: NOW,
    sections: getSections().map((section) => section.slug),
    hashArticle: (article) => hashes[article.slug] ?? `hash-${article.slug}`,
  });
}

describe('the build manifest', () => {
  it('lists published articles only, even from a list that holds drafts and scheduled ones', () => {
    // `next dev`'s editor mode lists drafts and scheduled articles: the manifest still skips them.
    vi.stubEnv('NODE_ENV', 'development');
    const everything = getPublishedArticles().map((article) => article.slug);
    expect(everything).toEqual(expect.arrayContaining(['brouillon-recent', 'programme-demain']));
    const manifest = manifestOf();
    expect(Object.keys(manifest.articles).sort()).toEqual([
      '/articles/depeche-d-hier',
      '/articles/depeche-d-il-y-a-trois-jours',
      '/articles/titre-piege',
    ]);
    expect(JSON.stringify(manifest)).not.toMatch(/brouillon|programm/);
  });

  it('records each article’s hash and listings, and every listing with a feed', () => {
    const manifest = manifestOf();
    expect(manifest.site).toBe('https://www.manchette.example');
    expect(manifest.articles['/articles/depeche-d-hier']).toEqual({
      hash: 'hash-depeche-d-hier',
      listings: ['/rubriques/mobile', '/tags/huawei', '/tags/securite', '/tags/mobile'],
    });
    expect(manifest.listings).toEqual([
      '/rubriques/mobile',
      '/rubriques/securite',
      '/tags/huawei',
      '/tags/mobile',
      '/tags/securite',
    ]);
  });

  it('round-trips through its JSON, and refuses anything else', () => {
    const manifest = manifestOf();
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest);
    expect(parseManifest(undefined)).toBeUndefined();
    expect(parseManifest('{ tronqué')).toBeUndefined();
    expect(parseManifest(JSON.stringify({ ...manifest, version: 2 }))).toBeUndefined();
  });
});

describe('diffManifests', () => {
  it('sends nothing on the first build, after a lost cache or for another site', () => {
    const manifest = manifestOf();
    expect(diffManifests(undefined, manifest)).toEqual({ articlePaths: [], feedPaths: [] });
    expect(diffManifests({ ...manifest, site: 'https://ancien.example' }, manifest)).toEqual({
      articlePaths: [],
      feedPaths: [],
    });
  });

  it('sends nothing when no article changed', () => {
    expect(diffManifests(manifestOf(), manifestOf())).toEqual({ articlePaths: [], feedPaths: [] });
  });

  it('sends the edited article with the feeds of the site and of its listings', () => {
    const changes = diffManifests(manifestOf(), manifestOf({ 'titre-piege': 'nouveau' }));
    expect(changes).toEqual({
      articlePaths: ['/articles/titre-piege'],
      feedPaths: [
        '/flux/rss.xml',
        '/flux/atom.xml',
        '/flux/feed.json',
        '/rubriques/securite/flux/rss.xml',
        '/rubriques/securite/flux/atom.xml',
        '/rubriques/securite/flux/feed.json',
        '/tags/securite/flux/rss.xml',
        '/tags/securite/flux/atom.xml',
        '/tags/securite/flux/feed.json',
      ],
    });
  });

  it('sends new and deleted articles; a topic that disappeared has no feed to announce', () => {
    const before = manifestOf();
    const after = structuredClone(before);
    delete after.articles['/articles/depeche-d-hier'];
    after.listings = after.listings.filter(
      (path) => !['/tags/huawei', '/tags/mobile'].includes(path),
    );
    after.articles['/articles/nouvelle'] = { hash: 'h', listings: ['/rubriques/securite'] };
    const changes = diffManifests(before, after);
    expect(changes.articlePaths).toEqual(['/articles/depeche-d-hier', '/articles/nouvelle']);
    expect(changes.feedPaths).toEqual([
      '/flux/rss.xml',
      '/flux/atom.xml',
      '/flux/feed.json',
      '/rubriques/mobile/flux/rss.xml',
      '/rubriques/mobile/flux/atom.xml',
      '/rubriques/mobile/flux/feed.json',
      '/rubriques/securite/flux/rss.xml',
      '/rubriques/securite/flux/atom.xml',
      '/rubriques/securite/flux/feed.json',
      '/tags/securite/flux/rss.xml',
      '/tags/securite/flux/atom.xml',
      '/tags/securite/flux/feed.json',
    ]);
  });
});
