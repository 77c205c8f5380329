import fs from 'node:fs';
import { getWatchToken } from '@/lib/content/live/access';
import { getContentRoot } from '@/lib/content/source';
import { frPublishing } from '@/lib/i18n/fr-publishing';

const STARTED = Symbol.for('manchette.content-watch');
const holder = globalThis as typeof globalThis & { [STARTED]?: () => void };

/** Where the watcher posts: this server's own webhook, on the port `next start` listens on. */
function getWebhookUrl(): string {
  return (
    process.env.CONTENT_WATCH_URL ?? `http://127.0.0.1:${process.env.PORT ?? '3000'}/api/revalidate`
  );
}

/**
 * `CONTENT_WATCH=1`: watches the content root and, once writes have settled for `debounceMs`,
 * reloads through this server's own webhook, since Next only invalidates its cache inside a
 * request. Every burst of events becomes one rescan, which compares files by size, time and hash:
 * atomic saves (write a temporary file, rename it over) and renames need nothing special.
 * Returns a function that stops watching; starting twice in one process is a no-op.
 */
export function startContentWatch({ debounceMs = 150 }: { debounceMs?: number } = {}): () => void {
  if (holder[STARTED]) return holder[STARTED];
  const root = getContentRoot();
  const token = getWatchToken();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let pending = false;
  let watcher: fs.FSWatcher | undefined;
  let stopped = false;

  const reload = async () => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      const response = await fetch(getWebhookUrl(), {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
      if (!response.ok)
        console.error(frPublishing.watchFailed, response.status, await response.text());
    } catch (error) {
      console.error(frPublishing.watchFailed, error);
    } finally {
      running = false;
      if (pending) {
        pending = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), debounceMs);
  };
  const watch = () => {
    if (stopped) return;
    try {
      watcher = fs.watch(root, { recursive: true }, schedule);
      // A watched folder that disappears (a volume remounted, the root replaced) ends the
      // watcher: start again on the new folder, and rescan in case something changed meanwhile.
      watcher.on('error', () => {
        watcher?.close();
        setTimeout(() => {
          watch();
          schedule();
        }, 1000);
      });
    } catch {
      setTimeout(watch, 1000);
    }
  };
  watch();
  console.info(frPublishing.watching(root));
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    watcher?.close();
    holder[STARTED] = undefined;
  };
  holder[STARTED] = stop;
  return stop;
}
