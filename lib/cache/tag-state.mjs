// @ts-check
// Tag invalidations, kept in Redis so that every instance sees them. The semantics are Next's own
// (next/dist/server/lib/incremental-cache/file-system-cache.js in 16.4.6): `revalidateTag(tag,
// profile)` marks the tag stale now and expired after the profile's `expire`; without durations
// (`updateTag`) it is expired at once. An entry is expired when a tag of it expired after the entry
// was written, and stale when a tag went stale after it was written.
// Next's in-process tag manifest, which its incremental cache reads to serve stale entries (the
// `.external` module is one instance per process, shared by Next and this handler).
import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';

/** @typedef {{ stale?: number, expired?: number }} TagState */

/**
 * The state a `revalidateTag` call gives its tags.
 * @param {number} now
 * @param {{ expire?: number } | undefined} durations
 * @returns {TagState}
 */
export function getRevalidatedState(now, durations) {
  if (!durations) return { expired: now };
  return durations.expire === undefined
    ? { stale: now }
    : { stale: now, expired: now + durations.expire * 1000 };
}

/**
 * True when one of the tags expired after `lastModified` (and its expiry has come).
 * @param {ReadonlyMap<string, TagState>} states
 * @param {number} lastModified
 * @param {number} now
 */
export function hasExpiredTag(states, lastModified, now) {
  for (const state of states.values()) {
    const expired = state.expired;
    if (typeof expired === 'number' && expired <= now && expired > lastModified) return true;
  }
  return false;
}

/**
 * Copies the shared state of these tags into Next's in-process manifest, so that Next serves an
 * entry whose tag went stale on another instance as stale (and re-renders it in the background).
 * @param {ReadonlyMap<string, TagState>} states
 */
export function shareWithNext(states) {
  // Redis is written first, so its values are never older than this process's own.
  for (const [tag, state] of states) tagsManifest.set(tag, { ...tagsManifest.get(tag), ...state });
}

/**
 * Parses the two hash values Redis holds for a tag.
 * @param {string | null | undefined} stale
 * @param {string | null | undefined} expired
 * @returns {TagState}
 */
export function parseTagState(stale, expired) {
  const state = /** @type {TagState} */ ({});
  if (stale) state.stale = Number(stale);
  if (expired) state.expired = Number(expired);
  return state;
}
