import { describe, expect, it } from 'vitest';
import { getArticleMetadata, getPageMetadata } from '@/lib/seo/metadata';
import { lookUpArticle } from '@/lib/content';
import { NEWSROOM_SITE, setUpNewsroom } from '@/lib/seo/__tests__/newsroom';

setUpNewsroom();

function getAnyArticle(slug: string) {
  const lookup = lookUpArticle(slug, { preview: true });
  if (lookup.kind !== 'article') throw new Error(`fixture ${slug} missing`);
  return lookup.article;
}

describe('article metadata', () => {
  it('has its canonical, Open Graph article fields in fr_FR, a 1200×630 image and a large card', () => {
    const metadata = getArticleMetadata(getAnyArticle('depeche-d-il-y-a-trois-jours'));
    expect(metadata.alternates?.canonical).toBe('/articles/depeche-d-il-y-a-trois-jours');
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      locale: 'fr_FR',
      siteName: 'Manchette',
      url: '/articles/depeche-d-il-y-a-trois-jours',
      publishedTime: '2026-03-08T09:00:00+01:00',
      modifiedTime: '2026-03-10T08:15:00+01:00',
      section: 'Sécurité',
      tags: ['Sécurité'],
      authors: [`${NEWSROOM_SITE}/auteurs/bruno-petit`],
      images: [
        {
          url: expect.stringMatching(
            /^\/articles\/depeche-d-il-y-a-trois-jours\/og\.png\?v=[0-9a-f]{12}$/,
          ),
          width: 1200,
          height: 630,
          type: 'image/png',
        },
      ],
    });
    expect(metadata.twitter).toMatchObject({
      card: 'summary_large_image',
      images: [{ url: expect.stringMatching(/\/og\.png\?v=[0-9a-f]{12}$/) }],
    });
    expect(metadata.robots).toBeUndefined();
  });

  it('announces the site feeds and the section feeds', () => {
    const types = getArticleMetadata(getAnyArticle('depeche-d-hier')).alternates?.types;
    expect(types?.['application/rss+xml']).toEqual([
      { url: '/flux/rss.xml', title: 'Manchette (RSS)' },
      { url: '/rubriques/mobile/flux/rss.xml', title: 'Mobile — Manchette (RSS)' },
    ]);
    expect(types?.['application/atom+xml']).toHaveLength(2);
    expect(types?.['application/feed+json']).toHaveLength(2);
  });

  it('keeps drafts, scheduled articles and previews out of the index, without an image', () => {
    for (const slug of ['brouillon-recent', 'programme-demain']) {
      const metadata = getArticleMetadata(getAnyArticle(slug));
      expect(metadata.robots, slug).toEqual({ index: false, follow: false });
      expect(metadata.openGraph, slug).not.toHaveProperty('images');
    }
    const preview = getArticleMetadata(getAnyArticle('depeche-d-hier'), { preview: true });
    expect(preview.robots).toEqual({ index: false, follow: false });
  });
});

describe('page metadata', () => {
  it('points the canonical at the page itself and can keep it out of the index', () => {
    const metadata = getPageMetadata({
      title: 'Recherche',
      description: 'Chercher.',
      path: '/recherche',
      noindex: true,
    });
    expect(metadata.alternates?.canonical).toBe('/recherche');
    expect(metadata.openGraph).toMatchObject({
      url: '/recherche',
      locale: 'fr_FR',
      type: 'website',
    });
    expect(metadata.robots).toEqual({ index: false, follow: true });
  });
});
