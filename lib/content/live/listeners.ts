import type { ReloadReport } from '@/lib/content/live/reload';

type Listener = (report: ReloadReport) => void;

// Shared by every module instance of the process, like the content itself.
const LISTENERS = Symbol.for('manchette.content-reload-listeners');
const holder = globalThis as typeof globalThis & { [LISTENERS]?: Set<Listener> };

/**
 * Calls `listener` after every reload that changed something (search-engine pings, a broadcast
 * to other instances). Returns a function that unsubscribes it.
 */
export function onContentReload(listener: Listener): () => void {
  const listeners = (holder[LISTENERS] ??= new Set());
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener; one that throws is logged and does not stop the others. */
export function notifyReload(report: ReloadReport): void {
  for (const listener of holder[LISTENERS] ?? []) {
    try {
      listener(report);
    } catch (error) {
      console.error('[contenu] a reload listener failed:', error);
    }
  }
}
