// @ts-check
// A cache handler for Next 16.4 (`cacheHandler` in next.config) that keeps ISR pages, route
// responses and tag invalidations in Redis, so that every `next start` instance shares them.
// Next builds one handler object per request: the Redis connection lives in the factory's scope.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { RESP_TYPES } from 'redis';
import { catchUpWithGeneration, isBehindGeneration } from './content-generation.mjs';
import { connectRedis, logRedisProblem } from './redis-client.mjs';
import { getRedisKeys } from './redis-keys.mjs';
import { createSeedReader } from './seed-reader.mjs';
import { getRevalidatedState, hasExpiredTag, parseTagState, shareWithNext } from './tag-state.mjs';

/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerContext} CacheHandlerContext */
/** @typedef {import('next/dist/server/lib/cache-control').CacheControl} CacheControl */
/**
 * A cached value as Next hands it over (a page, a route response, a fetch result). The handler
 * only reads its kind and headers; the rest goes to Redis and back untouched.
 * @typedef {{ kind: string, headers?: Record<string, unknown> } & Record<string, unknown>} CacheValue
 */
/**
 * What `get` answers: Next's `CacheHandlerValue`.
 * @typedef {{ lastModified: number, value: CacheValue | null, cacheControl?: CacheControl }} CacheHandlerValue
 */
/** @typedef {import('./tag-state.mjs').TagState} TagState */
/**
 * @typedef {object} RedisCacheOptions
 * @property {string} url Redis URL (`redis://[:password@]host:port[/db]`).
 * @property {string} prefix Prefix of every key.
 * @property {number} ttlSeconds Longest time an entry stays in Redis (memory bound).
 * @property {number} maxEntryBytes Entries larger than this are not shared (memory bound).
 * @property {string} [buildId] Namespace of pages; read from `.next/BUILD_ID` when absent.
 */
/**
 * @typedef {object} StoredEntry
 * @property {number} lastModified
 * @property {CacheValue | null} value
 * @property {CacheControl} [cacheControl]
 * @property {string[]} [tags] Tags of a fetch entry (pages carry theirs in a header).
 */

/** The header in which Next stores a page's or route's cache tags. */
const CACHE_TAGS_HEADER = 'x-next-cache-tags';

/**
 * Builds a cache handler class bound to one Redis.
 * @param {RedisCacheOptions} options
 */
export function createRedisCacheHandler(options) {
  const redis = connectRedis(options.url);
  const keys = getRedisKeys(options.prefix);
  /** @type {string | undefined} Next builds a handler per request; the build id is read once. */
  let buildId = options.buildId;

  return class RedisCacheHandler {
    /** Closes this handler class's Redis connection (tests and graceful shutdowns). */
    static close() {
      return redis.close();
    }

    /** @param {CacheHandlerContext} ctx */
    constructor(ctx) {
      buildId ??= readBuildId(ctx.serverDistDir);
      this.buildId = buildId;
      this.revalidatedTags = ctx.revalidatedTags ?? [];
      this.seeds = createSeedReader(ctx);
    }

    /**
     * @param {string} cacheKey
     * @param {any} ctx
     * @returns {Promise<CacheHandlerValue | null>}
     */
    async get(cacheKey, ctx) {
      let stored;
      let tagStates;
      try {
        const client = await redis.ready();
        // Both commands go out in one round trip (the client pipelines a tick's commands).
        const [raw, generation] = await Promise.all([
          client.withTypeMapping(BUFFERS).get(keys.entry(this.buildId, cacheKey)),
          client.get(keys.contentGeneration),
        ]);
        await catchUpWithGeneration(Number(generation ?? 0));
        stored = raw ? decodeEntry(raw) : await this.seeds.get(cacheKey, ctx);
        if (!stored) return null;
        tagStates = await readTagStates(client, keys, getEntryTags(stored, ctx));
      } catch (error) {
        logRedisProblem('get', error);
        // Without Redis nothing says whether a tag was invalidated elsewhere: render afresh.
        return null;
      }
      shareWithNext(tagStates);
      if (hasExpiredTag(tagStates, stored.lastModified, Date.now())) return null;
      if (
        ctx?.kind === 'FETCH' &&
        getEntryTags(stored, ctx).some((tag) => this.revalidatedTags.includes(tag))
      ) {
        return null;
      }
      return {
        lastModified: stored.lastModified,
        value: stored.value,
        cacheControl: stored.cacheControl,
      };
    }

    /**
     * @param {string} cacheKey
     * @param {CacheValue | null} data
     * @param {any} ctx
     */
    async set(cacheKey, data, ctx) {
      /** @type {StoredEntry} */
      const entry = {
        lastModified: Date.now(),
        value: withoutIncompleteRsc(data, ctx),
        cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
        tags: ctx?.fetchCache ? (ctx.tags ?? []) : undefined,
      };
      const encoded = v8.serialize(entry);
      if (encoded.byteLength > options.maxEntryBytes) {
        logRedisProblem(
          `set ${cacheKey}`,
          new Error(`entry of ${encoded.byteLength} bytes is over the limit, not shared`),
        );
        return;
      }
      try {
        const client = await redis.ready();
        // A page rendered from a content copy older than the shared one must not be shared.
        if (isBehindGeneration(Number((await client.get(keys.contentGeneration)) ?? 0))) return;
        const ttl = Math.min(
          options.ttlSeconds,
          positiveSeconds(entry.cacheControl?.expire) ?? Infinity,
        );
        await client.set(keys.entry(this.buildId, cacheKey), encoded, {
          expiration: { type: 'EX', value: ttl },
        });
      } catch (error) {
        logRedisProblem('set', error);
      }
    }

    /**
     * @param {string | string[]} tags
     * @param {{ expire?: number }} [durations]
     */
    async revalidateTag(tags, durations) {
      const list = typeof tags === 'string' ? [tags] : tags;
      if (list.length === 0) return;
      const state = getRevalidatedState(Date.now(), durations);
      /** @type {Map<string, TagState>} */
      const states = new Map(list.map((tag) => [tag, state]));
      try {
        const client = await redis.ready();
        await Promise.all([
          state.stale !== undefined &&
            client.hSet(
              keys.tagsStale,
              Object.fromEntries(list.map((tag) => [tag, String(state.stale)])),
            ),
          state.expired !== undefined &&
            client.hSet(
              keys.tagsExpired,
              Object.fromEntries(list.map((tag) => [tag, String(state.expired)])),
            ),
        ]);
      } catch (error) {
        // This instance still drops its own copies; the others keep theirs until they expire.
        logRedisProblem('revalidateTag (other instances not told)', error);
      }
      shareWithNext(states);
    }

    resetRequestCache() {}
  };
}

/** Redis replies as Buffers, for the serialized entries. */
const BUFFERS = { [RESP_TYPES.BLOB_STRING]: Buffer };

/**
 * @param {Buffer} raw
 * @returns {StoredEntry}
 */
function decodeEntry(raw) {
  return /** @type {StoredEntry} */ (v8.deserialize(raw));
}

/**
 * Tags of an entry: a page's or route's from its header, a fetch's from the request for it.
 * @param {StoredEntry} entry
 * @param {any} ctx
 * @returns {string[]}
 */
function getEntryTags(entry, ctx) {
  const value = entry.value;
  if (value && 'headers' in value && value.headers) {
    const header = value.headers[CACHE_TAGS_HEADER];
    return typeof header === 'string' && header ? header.split(',') : [];
  }
  if (ctx?.kind === 'FETCH')
    return [...(ctx.tags ?? []), ...(ctx.softTags ?? []), ...(entry.tags ?? [])];
  return [];
}

/**
 * @param {import('redis').RedisClientType<any, any, any, any, any>} client
 * @param {ReturnType<typeof getRedisKeys>} keys
 * @param {string[]} tags
 * @returns {Promise<Map<string, TagState>>}
 */
async function readTagStates(client, keys, tags) {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return new Map();
  const [stale, expired] = await Promise.all([
    client.hmGet(keys.tagsStale, unique),
    client.hmGet(keys.tagsExpired, unique),
  ]);
  return new Map(
    unique.map((tag, i) => [tag, parseTagState(stale[i]?.toString(), expired[i]?.toString())]),
  );
}

/**
 * Next leaves the RSC payload of fallback shells and partially prerendered pages incomplete;
 * its own file cache does not store it, nor does this one.
 * @param {CacheValue | null} data
 * @param {any} ctx
 * @returns {CacheValue | null}
 */
function withoutIncompleteRsc(data, ctx) {
  if (data?.kind !== 'APP_PAGE' || !(ctx?.isFallback || ctx?.isRoutePPREnabled)) return data;
  return { ...data, rscData: undefined };
}

/** @param {number | undefined} seconds */
function positiveSeconds(seconds) {
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : undefined;
}

/**
 * The build's id, which namespaces its pages.
 * @param {string | undefined} serverDistDir
 */
function readBuildId(serverDistDir) {
  if (!serverDistDir) return 'unknown-build';
  try {
    return fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'unknown-build';
  }
}
