import { describe, expect, it } from 'vitest';
import { foldAccents, isSlug, slugify, slugifyTag } from '@/lib/format/slug';

describe('slugifyTag', () => {
  it.each([
    ['#Sécurité', 'securite'],
    ['Sécurité', 'securite'],
    ['#HUAWEIMate10Pro', 'huaweimate10pro'],
    ['CES2018', 'ces2018'],
    ['AT&T', 'at-t'],
    ['Œuvres numériques', 'oeuvres-numeriques'],
    ['  Télécoms  ', 'telecoms'],
    ['Ça déménage à Noël', 'ca-demenage-a-noel'],
  ])('%s → %s', (tag, slug) => {
    expect(slugifyTag(tag)).toBe(slug);
  });

  it('returns an empty slug when nothing is left to keep', () => {
    expect(slugify('« ! »')).toBe('');
  });
});

describe('foldAccents', () => {
  it('keeps the case and folds ligatures', () => {
    expect(foldAccents('Élysée, cœur, Æsir')).toBe('Elysee, coeur, AEsir');
  });
});

describe('isSlug', () => {
  it('accepts kebab-case and refuses anything that could be a path', () => {
    expect(isSlug('huawei-att-ces-2018')).toBe(true);
    for (const bad of [
      '..',
      '../package.json',
      'Mixed-Case',
      'a--b',
      '-a',
      'a_b',
      'é',
      '',
      'a'.repeat(201),
    ]) {
      expect(isSlug(bad), bad).toBe(false);
    }
  });
});
