// @ts-check
import { readKeyPrefix } from './redis-keys.mjs';

/** One day: a page not requested for a day leaves Redis and is rendered again on demand. */
const DEFAULT_TTL_SECONDS = 86_400;
/** A page with its RSC payload is a few hundred kilobytes; 5 MB means something went wrong. */
const DEFAULT_MAX_ENTRY_BYTES = 5 * 1024 * 1024;

/**
 * The handler's settings from the environment, with the reason when one is wrong.
 * @param {NodeJS.ProcessEnv} env
 * @returns {import('./redis-handler.mjs').RedisCacheOptions}
 */
export function readRedisCacheOptions(env) {
  const url = env.REDIS_URL;
  if (!url)
    throw new Error('REDIS_URL is not set: the Redis cache handler has nothing to connect to');
  return {
    url,
    prefix: readKeyPrefix(env),
    ttlSeconds: readPositiveInteger(env, 'REDIS_CACHE_TTL', DEFAULT_TTL_SECONDS),
    maxEntryBytes: readPositiveInteger(env, 'REDIS_CACHE_MAX_ENTRY_BYTES', DEFAULT_MAX_ENTRY_BYTES),
  };
}

/**
 * @param {NodeJS.ProcessEnv} env
 * @param {string} name
 * @param {number} fallback
 */
function readPositiveInteger(env, name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name}="${raw}" must be a positive whole number`);
  }
  return value;
}
