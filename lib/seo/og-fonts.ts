import fs from 'node:fs/promises';
import path from 'node:path';

/** A font as next/og (satori) takes it. */
export interface OgFont {
  name: string;
  data: Buffer;
  weight: 600 | 700;
  style: 'normal';
}

/** The family name the image's styles refer to. */
export const OG_FONT_FAMILY = 'Source Serif 4';

// Shipped in the repository (SIL OFL, see fonts/OFL.txt) as WOFF, which satori reads (it cannot
// read WOFF2): building an image never needs the network. Fixed paths, never from a request.
const FONT_DIR = path.join(process.cwd(), 'lib/seo/fonts');
const FILES = [
  { file: 'source-serif-4-latin-600-normal.woff', weight: 600 },
  { file: 'source-serif-4-latin-700-normal.woff', weight: 700 },
] as const;

let fonts: Promise<OgFont[]> | undefined;

/** The Open Graph image fonts, read once per process. */
export function loadOgFonts(): Promise<OgFont[]> {
  fonts ??= Promise.all(
    FILES.map(async ({ file, weight }) => ({
      name: OG_FONT_FAMILY,
      data: await fs.readFile(path.join(FONT_DIR, file)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}
