/**
 * Runs once when a server starts. With `CONTENT_WATCH=1`, a production server watches the content
 * root (a mounted volume) and publishes what changes; `next dev` has its own live reload.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.CONTENT_WATCH !== '1') return;
  if (process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build')
    return;
  const { startContentWatch } = await import('@/lib/content/live');
  startContentWatch();
}
