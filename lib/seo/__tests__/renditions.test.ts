import { describe, expect, it } from 'vitest';
import {
  MIN_RENDITION_PIXELS,
  parseRenditionFileName,
  planRendition,
  RENDITION_FORMATS,
  type RenditionFormat,
  type RenditionSource,
} from '@/lib/seo/renditions';

const FORMATS = Object.keys(RENDITION_FORMATS) as RenditionFormat[];
const photo: RenditionSource = { kind: 'image', src: '/images/x.jpg', width: 1600, height: 900 };
const card: RenditionSource = { kind: 'card', version: 'abc', width: 1200, height: 630 };

describe('Discover renditions', () => {
  it.each([
    [photo, '16x9', 1600, 900],
    [photo, '4x3', 1200, 900],
    [photo, '1x1', 900, 900],
    [card, '16x9', 1200, 675],
    [card, '4x3', 1200, 900],
    [card, '1x1', 1200, 1200],
    [{ ...photo, width: 1200, height: 1600 }, '16x9', 1200, 675],
  ] as const)('%o cut to %s is %i × %i', (source, format, width, height) => {
    expect(planRendition(source, format)).toMatchObject({ width, height });
  });

  it('keeps the ratio exactly enough and every rendition above 50,000 px²', () => {
    for (const source of [photo, card, { ...photo, width: 1200, height: 300 }]) {
      for (const format of FORMATS) {
        const { width, height } = planRendition(source, format);
        const [across, down] = RENDITION_FORMATS[format];
        expect(Math.abs(width / height - across / down)).toBeLessThan(0.01);
        expect(width * height).toBeGreaterThanOrEqual(MIN_RENDITION_PIXELS);
        expect(width).toBeLessThanOrEqual(source.width);
        // A photo is only ever cropped; the card is drawn again at the ratio.
        if (source.kind === 'image') expect(height).toBeLessThanOrEqual(source.height);
      }
    }
  });

  it('changes its version when the picture changes, and only then', () => {
    const version = planRendition(photo, '4x3').version;
    expect(planRendition({ ...photo }, '4x3').version).toBe(version);
    expect(planRendition({ ...photo, src: '/images/y.jpg' }, '4x3').version).not.toBe(version);
    expect(planRendition({ ...photo, width: 1700 }, '4x3').version).not.toBe(version);
    expect(planRendition(photo, '1x1').version).not.toBe(version);
    expect(planRendition({ ...card, version: 'def' }, '4x3').version).not.toBe(
      planRendition(card, '4x3').version,
    );
  });

  it.each([
    ['16x9.jpg', '16x9'],
    ['1x1.jpg', '1x1'],
    ['16x9.png', undefined],
    ['2x1.jpg', undefined],
    ['constructor.jpg', undefined],
    ['__proto__.jpg', undefined],
  ])('reads the file name %s as %s', (name, format) => {
    expect(parseRenditionFileName(name)).toBe(format);
  });
});
