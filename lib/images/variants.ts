// Relative: next.config imports this file, and its loader does not resolve the @/ alias.
import { IMAGE_DEVICE_SIZES, IMAGE_SIZES } from './sizes';

/** Every width an image is resized to, smallest first. */
export const IMAGE_WIDTHS: readonly number[] = [...IMAGE_SIZES, ...IMAGE_DEVICE_SIZES].sort(
  (a, b) => a - b,
);

/** The folder, under `public/`, of the variants built by `scripts/images/build-variants.ts`. */
export const VARIANTS_DIR = '_variants';

/** Raster images that get variants; anything else (SVG above all) is never resized or served. */
export const VARIANT_SOURCE = /\.(avif|gif|jpe?g|png|webp)$/i;

/**
 * The URL of an image's variant at `width`: `/images/photo.jpg` at 640 px is
 * `/_variants/images/photo-640.webp`, a static file written at build time.
 */
export function getVariantPath(src: string, width: number): string {
  return `/${VARIANTS_DIR}${src.replace(VARIANT_SOURCE, '')}-${width}.webp`;
}
