/**
 * Runs once when a server starts (never in `next build` or `next dev`, which has its own live
 * reload). With REDIS_URL, this instance rescans its own content copy when another instance
 * announces a reload; with `CONTENT_WATCH=1`, it watches the content root (a mounted volume)
 * and publishes what changes; with IndexNow or WebSub configured, it announces scheduled
 * articles as they go live.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  // The first reload compares with the content as it was when the server started.
  const { reloadContent, warmSearchIndex } = await import('@/lib/content');
  reloadContent();
  // In the background, so that the first search does not stall the server.
  setTimeout(() => {
    warmSearchIndex().catch((error: unknown) => {
      // The first search builds the index itself, and fails the same way if it must.
      console.error('[recherche] index non préparé au démarrage :', error);
    });
  }, 0);
  if (process.env.REDIS_URL) {
    const { startContentSync } = await import('@/lib/cache/content-sync');
    // The instance that reloaded first has expired the shared tags: only the copy is rescanned.
    await startContentSync(() => void reloadContent());
  }
  // IndexNow and WebSub hear of scheduled articles that go live between two reloads.
  const { startScheduledPush } = await import('@/lib/indexing/schedule');
  startScheduledPush();
  if (process.env.CONTENT_WATCH === '1') {
    const { startContentWatch } = await import('@/lib/content/live');
    startContentWatch();
  }
}
