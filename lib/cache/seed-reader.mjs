// @ts-check
// Pages prerendered by `next build` are written to .next/server, not to Redis (a build needs no
// Redis). When Redis has no entry for a page yet, its build copy is read with Next's own file
// cache, read-only (no memory layer, nothing written), so a fresh deployment serves them at once.
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerContext} CacheHandlerContext */

// Node hands this CommonJS module over as `{ default: FileSystemCache }`.
const FileSystemCache =
  /** @type {{ default?: typeof fileSystemCacheModule }} */ (
    /** @type {unknown} */ (fileSystemCacheModule)
  ).default ?? fileSystemCacheModule;

/**
 * Reads build-time pages, or nothing when the context has no build directory (unit tests).
 * @param {CacheHandlerContext} ctx
 */
export function createSeedReader(ctx) {
  if (!ctx.fs || !ctx.serverDistDir) return { get: async () => null };
  const files = new FileSystemCache({
    ...ctx,
    fs: ctx.fs,
    serverDistDir: ctx.serverDistDir,
    flushToDisk: false,
    maxMemoryCacheSize: 0,
    revalidatedTags: [],
  });
  return {
    /**
     * @param {string} cacheKey
     * @param {any} ctx
     * @returns {Promise<import('./redis-handler.mjs').StoredEntry | null>}
     */
    async get(cacheKey, ctx) {
      if (ctx?.kind === 'FETCH') return null;
      /** @type {any} Next's own entry shape, which StoredEntry follows. */
      const entry = await files.get(cacheKey, ctx);
      return entry;
    },
  };
}
