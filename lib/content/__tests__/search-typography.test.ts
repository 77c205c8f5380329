import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeSearchQuery, searchArticles } from '@/lib/content/catalog/search';
import { slugifyTag } from '@/lib/format/slug';

afterEach(() => {
  vi.unstubAllEnvs();
});

const slugsFound = (query: string) => searchArticles(query).map((hit) => hit.article.slug);

describe('search and tags whatever spaces or apostrophes were typed (shipped content)', () => {
  it("finds the same articles for « l'Arcep » and « l’Arcep »", () => {
    vi.stubEnv('CONTENT_DIR', 'content');
    const straight = slugsFound("l'Arcep");
    expect(straight).toContain('orange-plan-fermeture-reseau-cuivre');
    expect(straight).toContain('encheres-5g-arcep-orange-en-tete');
    expect(slugsFound('l’Arcep')).toEqual(straight);
    expect(slugsFound('l\u2019Arcep\u202F')).toEqual(straight);
  });

  it('matches a typeset title from a query typed with plain or narrow spaces', () => {
    vi.stubEnv('CONTENT_DIR', 'content');
    const [hit] = searchArticles("Orange rafle l'État");
    expect(hit?.article.slug).toBe('encheres-5g-arcep-orange-en-tete');
    // The title is shown typeset, with the matched words marked.
    expect(hit?.title.map((segment) => segment.text).join('')).toBe(
      'Enchères 5G\u202F: Orange rafle la plus grosse part, l’État encaisse 2,8\u00A0milliards d’euros',
    );
    expect(hit?.title.filter((segment) => segment.match).map((segment) => segment.text)).toEqual([
      'Orange',
      'rafle',
      'État',
    ]);
    expect(slugsFound('Enchères\u202F5G\u00A0Orange')[0]).toBe('encheres-5g-arcep-orange-en-tete');
  });

  it('reads typographic spaces and apostrophes in a query as plain ones', () => {
    expect(normalizeSearchQuery('  l’Arcep\u202F: 9\u00A0janvier  ')).toBe("l'Arcep : 9 janvier");
    expect(normalizeSearchQuery(['aujourd’hui', 'x'])).toBe("aujourd'hui");
    expect(normalizeSearchQuery(undefined)).toBe('');
  });

  it('folds a tag typed with either apostrophe or space to one slug', () => {
    expect(slugifyTag('l’Arcep')).toBe('l-arcep');
    expect(slugifyTag("l'Arcep")).toBe('l-arcep');
    expect(slugifyTag('Couverture\u00A0mobile')).toBe(slugifyTag('Couverture mobile'));
    expect(slugifyTag('Couverture\u202Fmobile')).toBe('couverture-mobile');
  });
});
