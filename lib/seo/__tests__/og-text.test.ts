import fs from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DRAWABLE_CHARACTER, toDrawableText } from '@/lib/seo/og-text';

/** Every code point of the BMP that a WOFF 1.0 font maps to a glyph (its cmap, format 4). */
function readWoffCodePoints(file: string): Set<number> {
  const woff = fs.readFileSync(file);
  expect(woff.toString('ascii', 0, 4)).toBe('wOFF');
  let cmap: Buffer | undefined;
  for (let table = 0; table < woff.readUInt16BE(12); table += 1) {
    const entry = 44 + table * 20;
    if (woff.toString('ascii', entry, entry + 4) !== 'cmap') continue;
    const [offset, length, original] = [4, 8, 12].map((at) => woff.readUInt32BE(entry + at));
    const data = woff.subarray(offset, (offset ?? 0) + (length ?? 0));
    cmap = (length ?? 0) < (original ?? 0) ? zlib.inflateSync(data) : data;
  }
  if (!cmap) throw new Error(`${file} has no cmap`);
  const points = new Set<number>();
  for (let index = 0; index < cmap.readUInt16BE(2); index += 1) {
    const at = cmap.readUInt32BE(4 + index * 8 + 4);
    if (cmap.readUInt16BE(at) !== 4) continue;
    const segments = cmap.readUInt16BE(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const ranges = deltas + segments * 2;
    for (let segment = 0; segment < segments; segment += 1) {
      const start = cmap.readUInt16BE(starts + segment * 2);
      const end = cmap.readUInt16BE(ends + segment * 2);
      const delta = cmap.readInt16BE(deltas + segment * 2);
      const range = cmap.readUInt16BE(ranges + segment * 2);
      for (let point = start; point <= end && point !== 0xffff; point += 1) {
        const glyph =
          range === 0
            ? (point + delta) & 0xffff
            : cmap.readUInt16BE(ranges + segment * 2 + range + (point - start) * 2);
        if (glyph !== 0) points.add(point);
      }
    }
  }
  return points;
}

describe('text of the Open Graph image', () => {
  it('only lets through characters both shipped fonts draw (no network fallback)', () => {
    const fonts = ['600', '700'].map((weight) =>
      readWoffCodePoints(`lib/seo/fonts/source-serif-4-latin-${weight}-normal.woff`),
    );
    const missing: string[] = [];
    for (let point = 0; point < 0x10000; point += 1) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      if (!DRAWABLE_CHARACTER.test(String.fromCodePoint(point))) continue;
      if (fonts.some((font) => !font.has(point))) missing.push(point.toString(16));
    }
    expect(missing).toEqual([]);
  });

  it('keeps French text whole and drops emoji and scripts the font lacks', () => {
    const french = 'Œuvre « à l’été » : 5G, cœur, ça coûte 10 € — déjà…';
    expect(toDrawableText(french)).toBe(french);
    expect(toDrawableText('Huawei 🚀 lance 华为 Mate')).toBe('Huawei lance Mate');
    // Decomposed accents are composed first, narrow spaces become drawable ones.
    expect(toDrawableText('e\u0301te\u0301\u202f!')).toBe('été\u00a0!');
  });
});
