import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BodyContext } from '@/lib/content/mdx/policy';

/**
 * Compiled MDX kept between builds, so that a rebuild compiles only the articles that changed.
 * Entries live in `.next/cache` (kept by CI build caches, emptied by `rm -rf .next`) and are keyed
 * by a hash of the body, the article context the remark plugin reads, and the pipeline itself.
 */
const CACHE_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), '.next', 'cache', 'manchette-mdx');

// The compiled code depends on these sources and on the locked MDX packages (remark, rehype,
// recma…): any edit to them starts a new cache.
const PIPELINE_SOURCES = ['lib/content/mdx', 'lib/format/slug.ts', 'package-lock.json'];

let salt: string | null | undefined;

function readSalt(): string | null {
  try {
    const hash = createHash('sha256').update(process.env.NODE_ENV ?? '');
    for (const source of PIPELINE_SOURCES) {
      const full = path.join(/* turbopackIgnore: true */ process.cwd(), source);
      const files = fs.statSync(full).isDirectory()
        ? fs.readdirSync(full).sort().map((name) => path.join(full, name))
        : [full];
      for (const file of files) if (fs.statSync(file).isFile()) hash.update(file).update(fs.readFileSync(file));
    }
    return hash.digest('hex');
  } catch {
    // Sources not on disk (a standalone server): compile every time rather than trust a stale entry.
    return null;
  }
}

/** The cache key of a body in its context, or undefined when caching is off. */
export function getCompiledMdxKey(body: string, context: BodyContext): string | undefined {
  salt ??= readSalt();
  if (salt === null) return undefined;
  return createHash('sha256')
    .update(salt)
    .update(JSON.stringify([body, context.file, context.lineOffset, [...context.tagSlugs].sort()]))
    .digest('hex');
}

/** Compiled code stored under `key`, if any. */
export function readCompiledMdx(key: string): string | undefined {
  try {
    return fs.readFileSync(path.join(CACHE_DIR, `${key}.js`), 'utf8');
  } catch {
    return undefined;
  }
}

/** Stores compiled code; a read-only disk only costs the next compile, so errors are ignored. */
export function writeCompiledMdx(key: string, code: string): void {
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    // Written aside then renamed: parallel build workers never read half a file.
    const temporary = path.join(CACHE_DIR, `${key}.${process.pid}.tmp`);
    fs.writeFileSync(temporary, code);
    fs.renameSync(temporary, path.join(CACHE_DIR, `${key}.js`));
  } catch {
    // Not cached: nothing else depends on it.
  }
}
