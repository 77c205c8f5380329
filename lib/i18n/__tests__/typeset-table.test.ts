import { describe, expect, it } from 'vitest';
import { NARROW_NBSP, typesetFrench } from '@/lib/format/typography';
import { fr } from '@/lib/i18n/fr';
import { frClient } from '@/lib/i18n/fr-client';
import { typesetTable } from '@/lib/i18n/typeset-table';

/** Every string a table can produce, functions called with a title-like and a number argument. */
function collect(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    for (const args of [
      ['Un titre', 'Un titre'],
      [3, 7],
      [1, 1],
    ]) {
      let answer: unknown;
      try {
        answer = fn(...args);
      } catch {
        continue;
      }
      collect(answer, `${path}(${args.join(', ')})`, out);
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collect(item, `${path}.${key}`, out);
  }
  return out;
}

describe('the interface strings are French-typeset', () => {
  it.each([
    ['fr', fr],
    ['frClient', frClient],
  ])('every string of %s is already typeset', (_name, table) => {
    const strings = collect(table, 'fr', []);
    expect(strings.length).toBeGreaterThan(20);
    const untypeset = strings.filter(([, text]) => typesetFrench(text) !== text);
    expect(untypeset).toEqual([]);
  });

  it('has no straight apostrophe and no plain space before : in the reader’s strings', () => {
    expect(fr.site.tagline).toBe('L’actualité de la tech et des télécoms');
    expect(fr.article.readingTime(4)).toBe(`Lecture${NARROW_NBSP}: 4${'\u00A0'}min`);
    expect(fr.search.resultsFor('huawei', 2)).toContain(`«${NARROW_NBSP}huawei${NARROW_NBSP}»`);
  });

  it('typesets nested strings and function answers, and leaves other values alone', () => {
    const table = typesetTable({
      a: "l'heure : 10",
      nested: { list: ['« oui »'] },
      say: (name: string) => `Bonjour ${name} !`,
      count: 3,
      flag: true,
    });
    expect(table.a).toBe(`l’heure${NARROW_NBSP}: 10`);
    expect(table.nested.list[0]).toBe(`«${NARROW_NBSP}oui${NARROW_NBSP}»`);
    expect(table.say('Léa')).toBe(`Bonjour Léa${NARROW_NBSP}!`);
    expect(table.count).toBe(3);
    expect(table.flag).toBe(true);
  });
});
