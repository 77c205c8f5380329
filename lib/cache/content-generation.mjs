// @ts-check
// Each instance serves its own copy of content/ but shares one page cache. A reload through one
// instance raises a generation counter in Redis; another instance that sees a higher generation
// rescans its own copy before it renders anything, and never stores a page rendered from a copy
// older than the shared generation. This state lives on globalThis because Next loads the cache
// handler outside the app bundle, where the app registers its reload function.

/**
 * @typedef {object} ContentSyncState
 * @property {number | undefined} generation The shared generation this instance's content matches.
 * @property {(() => Promise<void>) | undefined} reload Rescans this instance's content copy.
 * @property {Promise<void> | undefined} pending The rescan under way, shared by concurrent callers.
 */

const STATE = Symbol.for('manchette.content-sync');

/**
 * This process's content sync state (one per process, whichever bundle asks).
 * @returns {ContentSyncState}
 */
export function getContentSyncState() {
  const holder = /** @type {Record<symbol, ContentSyncState | undefined>} */ (
    /** @type {unknown} */ (globalThis)
  );
  holder[STATE] ??= { generation: undefined, reload: undefined, pending: undefined };
  return holder[STATE];
}

/**
 * Brings this instance's content up to the shared generation: a no-op when it already is, a
 * rescan (one at a time, however many requests wait for it) when another instance reloaded.
 * A failed rescan is logged and leaves the generation behind, so nothing it renders is shared.
 * @param {number} shared the generation read from Redis
 */
export async function catchUpWithGeneration(shared) {
  const state = getContentSyncState();
  // A process that just started read its copy from disk: it is as new as the shared generation.
  if (state.generation === undefined) {
    state.generation = shared;
    return;
  }
  while (state.reload && (state.generation ?? 0) < shared) {
    if (!state.pending) {
      const reload = state.reload;
      state.pending = reload()
        .then(() => {
          state.generation = Math.max(state.generation ?? 0, shared);
        })
        .finally(() => {
          state.pending = undefined;
        });
    }
    try {
      await state.pending;
    } catch (error) {
      console.error('[cache redis] content rescan after a reload elsewhere failed:', error);
      return;
    }
  }
}

/**
 * True when this instance's content is older than the shared generation: a page it renders now
 * must not go into the shared cache.
 * @param {number} shared
 */
export function isBehindGeneration(shared) {
  const { generation } = getContentSyncState();
  return generation !== undefined && shared > generation;
}
