import { describe, expect, it } from 'vitest';
import { lookUpArticle, type ArticleMeta } from '@/lib/content';
import {
  getArticleOgCard,
  getArticleOgImagePath,
  getOgCardVersion,
} from '@/lib/seo/og/og-card-data';
import { setUpNewsroom } from '@/lib/seo/__tests__/newsroom';
import { toDrawableText } from '@/lib/seo/og-text';

setUpNewsroom();

function getFixture(slug: string): ArticleMeta {
  const lookup = lookUpArticle(slug, { preview: true });
  if (lookup.kind !== 'article') throw new Error(`fixture ${slug} missing`);
  return lookup.article;
}

describe('Open Graph card URL', () => {
  it('carries a version that changes with what the card shows, and only then', () => {
    const article = getFixture('depeche-d-hier');
    const card = getArticleOgCard(article);
    expect(card).toEqual({ title: article.title, section: 'Mobile' });
    const version = getOgCardVersion(card);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(getArticleOgImagePath(article)).toBe(`/articles/depeche-d-hier/og.png?v=${version}`);
    // Same card, same URL; a new headline or section, a new URL.
    expect(getOgCardVersion({ ...card })).toBe(version);
    expect(getOgCardVersion({ ...card, title: `${card.title} !` })).not.toBe(version);
    expect(getOgCardVersion({ ...card, section: undefined })).not.toBe(version);
    // A description or a date does not show on the card: the URL stays.
    const edited = { ...article, description: 'Autre chapeau', modified: '2030-01-01T00:00:00Z' };
    expect(getArticleOgImagePath(edited)).toBe(getArticleOgImagePath(article));
  });
});

describe('Open Graph card text', () => {
  it('draws the typeset headline: apostrophes, and no-break spaces where the font lacks U+202F', () => {
    const card = getArticleOgCard(getFixture('depeche-d-il-y-a-trois-jours'));
    expect(card.title).toBe('Une dépêche d’il y a trois jours');
    const trap = getArticleOgCard(getFixture('titre-piege'));
    expect(trap.title).toBe(
      'Faille </script><script>alert("piège")</script> & «\u202Fguillemets\u202F»',
    );
    expect(toDrawableText(trap.title)).toBe(
      'Faille </script><script>alert("piège")</script> & «\u00A0guillemets\u00A0»',
    );
  });
});
