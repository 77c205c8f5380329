import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

/** Intrinsic size of an image, needed by next/image to reserve its space (no layout shift). */
export interface ImageSize {
  width: number;
  height: number;
}

const PUBLIC_DIR = path.join(process.cwd(), 'public');

/**
 * Reads the size of `/images/x.jpg` from `public/`, or undefined when the file is missing or not
 * an image. `src` was validated by the schema (no `..`, no scheme) before it gets here.
 */
export function readPublicImageSize(src: string): ImageSize | undefined {
  const file = path.join(PUBLIC_DIR, src);
  if (!file.startsWith(PUBLIC_DIR + path.sep) || !fs.existsSync(file)) return undefined;
  try {
    const { width, height } = imageSize(fs.readFileSync(file));
    return width && height ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

/** A memoising wrapper, so an index build reads each image once. */
export function createImageSizeReader(): (src: string) => ImageSize | undefined {
  const sizes = new Map<string, ImageSize | undefined>();
  return (src) => {
    if (!sizes.has(src)) sizes.set(src, readPublicImageSize(src));
    return sizes.get(src);
  };
}

/**
 * The bytes of `/images/x.jpg` in `public/`, or undefined when missing. `src` comes from a
 * validated frontmatter (no `..`, no scheme), never from a request.
 */
export function readPublicImage(src: string): Buffer | undefined {
  const file = path.join(PUBLIC_DIR, src);
  if (!file.startsWith(PUBLIC_DIR + path.sep)) return undefined;
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
