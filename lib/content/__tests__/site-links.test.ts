import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getContentIndex } from '@/lib/content/catalog';
import { createSiteLinkChecker } from '@/lib/content/check/site-links';

// The link check against the shipped content/ and public/: 23 articles, so the archive has
// three pages, the topic « huawei » one.
describe('internal links resolve against the routes that exist', () => {
  beforeEach(() => {
    vi.stubEnv('CONTENT_DIR', 'content');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const check = (url: string) => {
    const index = getContentIndex();
    const from = index.articlesBySlug.get('ambitions-contrariees-huawei-etats-unis');
    if (!from) throw new Error('the seed article is missing from content/');
    return createSiteLinkChecker(index, from)(url);
  };

  it.each([
    '/',
    '/archives',
    '/archives/page/2',
    '/archives/page/1',
    '/archives/',
    '/tags',
    '/tags/huawei',
    '/tags/huawei/',
    '/tags/huawei/flux/rss.xml',
    '/rubriques/mobile',
    '/rubriques/mobile/page/1',
    '/rubriques/mobile/flux/feed.json',
    '/auteurs/la-redaction',
    '/articles/ambitions-contrariees-huawei-etats-unis',
    '/articles/ambitions-contrariees-huawei-etats-unis#un-titre',
    '/articles/huawei-att-ces-2018',
    '/flux/rss.xml',
    '/flux/atom.xml',
    '/flux/feed.json',
    '/recherche?q=5g',
    '/sitemap.xml',
    '/news-sitemap.xml',
    '/robots.txt',
    '/images/fibre-optique.jpg',
    '/logo.svg',
  ])('%s exists', (url) => {
    expect(check(url)).toBeUndefined();
  });

  it.each([
    ['/articles/', 'redirige vers /articles ; aucune page du site à l’adresse /articles'],
    ['/articles', 'aucune page du site à l’adresse /articles'],
    ['/articles/inconnu', 'aucun article n’a le slug "inconnu"'],
    ['/articles/ambitions-contrariees-huawei-etats-unis/og.png', 'aucune page du site'],
    ['/archives/page/99', 'cette liste n’a que 3 pages, pas de page 99'],
    ['/archives/page/0', 'aucune page du site à l’adresse /archives/page/0'],
    ['/archives/page/deux', 'aucune page du site à l’adresse /archives/page/deux'],
    ['/tags/huawei/page/2', 'cette liste n’a que 1 page, pas de page 2'],
    ['/tags/Huawei', 'redirige vers /tags/huawei ; écrivez directement /tags/huawei'],
    [
      '/rubriques/T%C3%A9l%C3%A9coms/flux/rss.xml',
      'écrivez directement /rubriques/telecoms/flux/rss.xml',
    ],
    ['/tags/Inconnu', 'aucun article publié n’a le sujet "Inconnu"'],
    ['/tags/inconnu/', 'redirige vers /tags/inconnu ; aucun article publié n’a le sujet'],
    ['/rubriques/sport/page/2', 'aucune rubrique "sport"'],
    ['/auteurs/la-redaction/flux/rss.xml', 'aucune page du site'],
    ['/flux/podcast.xml', 'aucune page du site à l’adresse /flux/podcast.xml'],
    ['/images/absente.jpg', 'aucun fichier /images/absente.jpg dans public/'],
    ['/a-propos', 'aucune page du site à l’adresse /a-propos'],
    ['/api/revalidate', 'aucune page du site à l’adresse /api/revalidate'],
    ['/_next/image?url=/images/fibre-optique.jpg&w=3840', 'aucune page du site'],
    ['/%E9t%E9', 'aucune page du site à l’adresse /%E9t%E9'],
  ])('%s is refused: %s', (url, message) => {
    expect(check(url)).toContain(message);
  });
});
