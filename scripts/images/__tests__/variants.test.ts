import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { getVariantPath, IMAGE_WIDTHS } from '@/lib/images/variants';
import { buildVariants } from '@/scripts/images/variants';

const temporary: string[] = [];
afterEach(() => {
  for (const folder of temporary.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A scratch public/ with one real photo (1600×900) and the SVG logo. */
function makePublicDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-variants-'));
  temporary.push(dir);
  fs.mkdirSync(path.join(dir, 'images'));
  fs.copyFileSync('public/images/fibre-optique.jpg', path.join(dir, 'images/fibre-optique.jpg'));
  fs.copyFileSync('public/logo.svg', path.join(dir, 'logo.svg'));
  return dir;
}

describe('image variants', () => {
  it('name one static WebP per source and width', () => {
    expect(getVariantPath('/images/fibre-optique.jpg', 640)).toBe(
      '/_variants/images/fibre-optique-640.webp',
    );
    expect(IMAGE_WIDTHS).toEqual([96, 192, 384, 640, 828, 1200, 1600]);
  });

  it('are written for every width, never for SVG, and kept while current', async () => {
    const dir = makePublicDir();
    expect(await buildVariants(dir)).toEqual({ written: IMAGE_WIDTHS.length, kept: 0 });
    for (const width of IMAGE_WIDTHS) {
      const file = path.join(dir, getVariantPath('/images/fibre-optique.jpg', width));
      const meta = await sharp(file).metadata();
      expect([meta.format, meta.width], file).toEqual(['webp', width]);
    }
    expect(fs.readdirSync(path.join(dir, '_variants'))).toEqual(['images']);
    expect(await buildVariants(dir)).toEqual({ written: 0, kept: IMAGE_WIDTHS.length });
    // A replaced photo (newer than its variants) is resized again.
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(dir, 'images/fibre-optique.jpg'), later, later);
    expect(await buildVariants(dir)).toEqual({ written: IMAGE_WIDTHS.length, kept: 0 });
    // Three passes of seven resizes: seconds on an idle machine, more on a shared one.
  }, 60_000);
});
