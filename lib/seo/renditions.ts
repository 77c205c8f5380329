import { createHash } from 'node:crypto';
import type { ArticleMeta } from '@/lib/content';
import { articlePath } from '@/lib/routes';
import { OG_IMAGE_SIZE } from '@/lib/seo/metadata';
import { getArticleOgCard, getOgCardVersion } from '@/lib/seo/og/og-card-data';

/**
 * Bump when the renditions are cut or encoded differently (crop position, quality): every
 * rendition then gets a new URL, so caches keeping the old JPEG for a year are not consulted.
 */
export const RENDITION_LAYOUT_VERSION = 1;

/** The aspect ratios Google asks for in an article's structured data, by their URL name. */
export const RENDITION_FORMATS = {
  '16x9': [16, 9],
  '4x3': [4, 3],
  '1x1': [1, 1],
} as const satisfies Record<string, readonly [number, number]>;

export type RenditionFormat = keyof typeof RENDITION_FORMATS;

/** Google's floor for each image of an article's structured data: width × height. */
export const MIN_RENDITION_PIXELS = 50_000;

/** What a rendition is cut from: the lead image of `public/`, or the article's OG card. */
export type RenditionSource =
  | { kind: 'image'; src: string; width: number; height: number }
  | { kind: 'card'; version: string; width: number; height: number };

/** One rendition: its format, its size in pixels and the version that names its URL. */
export interface Rendition {
  format: RenditionFormat;
  width: number;
  height: number;
  version: string;
  source: RenditionSource;
}

/** The URL name of a format (`16x9.jpg`), and back. */
export function getRenditionFileName(format: RenditionFormat): string {
  return `${format}.jpg`;
}

export function parseRenditionFileName(name: string): RenditionFormat | undefined {
  const format = name.replace(/\.jpg$/, '');
  return name.endsWith('.jpg') && Object.hasOwn(RENDITION_FORMATS, format)
    ? (format as RenditionFormat)
    : undefined;
}

/** The source of an article's renditions: its lead image, else its sharing card. */
export function getRenditionSource(article: ArticleMeta): RenditionSource {
  if (article.image) {
    const { src, width, height } = article.image;
    return { kind: 'image', src, width, height };
  }
  return { kind: 'card', version: getOgCardVersion(getArticleOgCard(article)), ...OG_IMAGE_SIZE };
}

/**
 * A photo gives its largest crop at the format's ratio, never enlarged: 1,600 × 900 gives
 * 1,600 × 900, 1,200 × 900 and 900 × 900. The card is drawn anew at the ratio, 1,200 px wide:
 * 1,200 × 675, 1,200 × 900 and 1,200 × 1,200, with its headline whole.
 */
export function planRendition(source: RenditionSource, format: RenditionFormat): Rendition {
  const [across, down] = RENDITION_FORMATS[format];
  // The card is drawn again at each ratio, as wide as the sharing card: nothing is cut off.
  const width =
    source.kind === 'card'
      ? source.width
      : Math.floor(Math.min(source.width, (source.height * across) / down));
  const height = Math.floor((width * down) / across);
  const version = createHash('sha256')
    .update(JSON.stringify([RENDITION_LAYOUT_VERSION, format, width, height, source]))
    .digest('hex')
    .slice(0, 12);
  return { format, width, height, version, source };
}

/** An article's three renditions, 16:9 first. */
export function getArticleRenditions(article: ArticleMeta): Rendition[] {
  const source = getRenditionSource(article);
  return (Object.keys(RENDITION_FORMATS) as RenditionFormat[]).map((format) =>
    planRendition(source, format),
  );
}

/** `/articles/<slug>/visuel/16x9.jpg?v=<hash>`: changes whenever the picture would. */
export function getRenditionPath(slug: string, rendition: Rendition): string {
  return `${articlePath(slug)}/visuel/${getRenditionFileName(rendition.format)}?v=${rendition.version}`;
}
