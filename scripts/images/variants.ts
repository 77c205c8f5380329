import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { IMAGE_QUALITIES } from '@/lib/images/sizes';
import { getVariantPath, IMAGE_WIDTHS, VARIANT_SOURCE, VARIANTS_DIR } from '@/lib/images/variants';

/** Image paths (`/images/x.jpg`) of every raster file under `publicDir`, variants excluded. */
function listSources(publicDir: string, folder = ''): string[] {
  const sources: string[] = [];
  for (const entry of fs.readdirSync(path.join(publicDir, folder), { withFileTypes: true })) {
    const relative = `${folder}/${entry.name}`;
    if (entry.isDirectory() && relative !== `/${VARIANTS_DIR}`) {
      sources.push(...listSources(publicDir, relative));
    } else if (entry.isFile() && VARIANT_SOURCE.test(entry.name)) {
      sources.push(relative);
    }
  }
  return sources;
}

/**
 * Writes every missing or outdated variant of the images under `publicDir`. Images are never
 * enlarged: a variant wider than its source holds the source's own width.
 */
export async function buildVariants(publicDir: string): Promise<{ written: number; kept: number }> {
  let written = 0;
  let kept = 0;
  for (const src of listSources(publicDir)) {
    const source = path.join(publicDir, src);
    const sourceTime = fs.statSync(source).mtimeMs;
    for (const width of IMAGE_WIDTHS) {
      const target = path.join(publicDir, getVariantPath(src, width));
      if (fs.existsSync(target) && fs.statSync(target).mtimeMs >= sourceTime) {
        kept += 1;
        continue;
      }
      fs.mkdirSync(path.dirname(target), { recursive: true });
      await sharp(source)
        .rotate()
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: IMAGE_QUALITIES[0] })
        .toFile(target);
      written += 1;
    }
  }
  return { written, kept };
}
