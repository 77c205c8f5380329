import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from '@/components/seo/json-ld';
import { getArticle } from '@/lib/content';
import { getArticleJsonLd, getHomeJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { NEWSROOM_SITE, setUpNewsroom } from '@/lib/seo/__tests__/newsroom';

setUpNewsroom();

/** The nodes of the JSON-LD inside the one script element of `html`. */
function readScript(html: string) {
  const match = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(html);
  if (!match?.[1]) throw new Error(`not a single JSON-LD script: ${html.slice(0, 200)}`);
  return { json: match[1], data: JSON.parse(match[1]) };
}

describe('JSON-LD serialisation', () => {
  it('keeps a </script><script> headline inside the element, and intact once parsed', () => {
    const article = getArticle('titre-piege');
    if (!article) throw new Error('fixture missing');
    expect(article.title).toContain('</script><script>');
    const html = renderToStaticMarkup(<JsonLd document={getArticleJsonLd(article)} />);
    // Only the element's own closing tag, and no opening tag but its own.
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.match(/<script/gi)).toHaveLength(1);
    const { json, data } = readScript(html);
    expect(json).not.toMatch(/[<>]/);
    expect(json).toContain('\\u003c/script\\u003e\\u003cscript\\u003e');
    expect(data['@graph'][0].headline).toBe(article.title);
    expect(data['@graph'][0].description).toBe(article.description);
  });

  it('escapes the line separators that old JavaScript parsers choke on', () => {
    const text = serializeJsonLd({
      '@context': 'https://schema.org',
      '@graph': [{ name: 'a\u2028b\u2029c & d' }],
    });
    expect(text).toContain('a\\u2028b\\u2029c \\u0026 d');
    expect(JSON.parse(text)['@graph'][0].name).toBe('a\u2028b\u2029c & d');
  });
});

describe('NewsArticle and BreadcrumbList', () => {
  it('describes the article as its page shows it, with absolute URLs', () => {
    const article = getArticle('depeche-d-il-y-a-trois-jours');
    if (!article) throw new Error('fixture missing');
    const [news, breadcrumb] = getArticleJsonLd(article)['@graph'];
    const url = `${NEWSROOM_SITE}/articles/depeche-d-il-y-a-trois-jours`;
    expect(news).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Une dépêche d’il y a trois jours',
      datePublished: '2026-03-08T09:00:00+01:00',
      // The latest of `updated` and the corrections.
      dateModified: '2026-03-10T08:15:00+01:00',
      author: [
        { '@type': 'Person', name: 'Bruno Petit', url: `${NEWSROOM_SITE}/auteurs/bruno-petit` },
      ],
      publisher: {
        '@type': 'Organization',
        name: 'Manchette',
        logo: { '@type': 'ImageObject', url: `${NEWSROOM_SITE}/logo.svg` },
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      inLanguage: 'fr-FR',
      articleSection: 'Sécurité',
      keywords: ['Sécurité'],
      // No lead image: the card is drawn again at each Discover ratio, 1,200 px wide.
      image: [
        ...(
          [
            ['16x9', 1200, 675],
            ['4x3', 1200, 900],
            ['1x1', 1200, 1200],
          ] as const
        ).map(([format, width, height]) => ({
          '@type': 'ImageObject',
          url: expect.stringMatching(
            new RegExp(`^${url}/visuel/${format}\\.jpg\\?v=[0-9a-f]{12}$`),
          ),
          width,
          height,
        })),
        expect.stringMatching(new RegExp(`^${url}/og\\.png\\?v=[0-9a-f]{12}$`)),
      ],
    });
    expect(breadcrumb).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'À la une', item: `${NEWSROOM_SITE}/` },
        {
          '@type': 'ListItem',
          position: 2,
          name: 'Sécurité',
          item: `${NEWSROOM_SITE}/rubriques/securite`,
        },
        { '@type': 'ListItem', position: 3, name: 'Une dépêche d’il y a trois jours', item: url },
      ],
    });
  });

  it('gives the front page a WebSite with a search action and the Organization', () => {
    const [site, organization] = getHomeJsonLd()['@graph'];
    expect(site).toMatchObject({
      '@type': 'WebSite',
      url: `${NEWSROOM_SITE}/`,
      inLanguage: 'fr-FR',
      potentialAction: {
        '@type': 'SearchAction',
        target: {
          '@type': 'EntryPoint',
          urlTemplate: `${NEWSROOM_SITE}/recherche?q={search_term_string}`,
        },
        'query-input': 'required name=search_term_string',
      },
    });
    expect(organization).toMatchObject({ '@type': 'Organization', name: 'Manchette' });
  });

  it('has an article name its publisher by the front page Organization, described there once', () => {
    const article = getArticle('depeche-d-il-y-a-trois-jours');
    if (!article) throw new Error('fixture missing');
    const [news] = getArticleJsonLd(article)['@graph'];
    const [, organization] = getHomeJsonLd()['@graph'];
    const publisher = news?.publisher as Record<string, unknown>;
    expect(publisher['@id']).toBe(`${NEWSROOM_SITE}/#organisation`);
    expect(publisher['@id']).toBe(organization?.['@id']);
    expect(Object.keys(publisher).sort()).toEqual(['@id', '@type', 'logo', 'name', 'url']);
    expect(organization).toMatchObject({
      address: { '@type': 'PostalAddress' },
      contactPoint: { url: `${NEWSROOM_SITE}/contact` },
    });
  });
});
