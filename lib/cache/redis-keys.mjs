// @ts-check
// Names of everything Manchette keeps in Redis, in one place, so the cache handler (loaded by
// Next outside the app bundle) and the app's content sync agree on them.

/** Prefix of every key, so that several sites (or a staging copy) can share one Redis. */
export function readKeyPrefix(env = process.env) {
  return env.REDIS_KEY_PREFIX || 'manchette';
}

/**
 * Keys of one prefix. Pages are stored per build: a page rendered by one build links to that
 * build's JavaScript files, which another build does not have. Tag invalidations and the content
 * generation are shared by every build, so that a publish during a rolling deploy reaches the
 * instances of the old build and of the new one alike.
 * @param {string} prefix
 */
export function getRedisKeys(prefix) {
  return {
    /** @param {string} buildId @param {string} cacheKey */
    entry: (buildId, cacheKey) => `${prefix}:page:${buildId}:${cacheKey}`,
    /** Hash: tag → time (ms) from which entries carrying it are stale. */
    tagsStale: `${prefix}:tags:stale`,
    /** Hash: tag → time (ms) from which entries carrying it are expired. */
    tagsExpired: `${prefix}:tags:expired`,
    /** Counter raised by every content reload, read with each cache look-up. */
    contentGeneration: `${prefix}:content:generation`,
    /** Pub/sub channel announcing a content reload to the other instances. */
    contentChannel: `${prefix}:content:reload`,
  };
}
