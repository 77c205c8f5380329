/**
 * `tsx scripts/images/build-variants.ts` (run by `prebuild` and `predev`): writes a WebP of every
 * raster image of `public/` at every width the pages use, into `public/_variants/`. A variant
 * newer than its source is kept, so a second run costs a directory walk.
 */
import path from 'node:path';
import { buildVariants } from '@/scripts/images/variants';

const root = process.cwd();
const started = performance.now();
const { written, kept } = await buildVariants(path.join(root, 'public'));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`✓ images : ${written} variantes écrites, ${kept} déjà à jour (${seconds} s)`);
