import fs from 'node:fs';
import path from 'node:path';
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
  let stopped = false;

  const reload = async () => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      const response = await postWithRetries(getWebhookUrl(), token);
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
  // One non-recursive watcher per folder of the content tree. A folder's watcher reports
  // writes, creations, renames and deletions of the files directly in it. Node 20's
  // `recursive: true` on Linux watches every file on its own instead, and misses writes to some
  // of them (seen at 10,000 articles, and after an editor's atomic save replaced a file).
  const watchers = new Map<string, fs.FSWatcher>();
  const onEvent = (eventType: string) => {
    schedule();
    // A folder may have appeared or gone: bring the set of watched folders up to date.
    if (eventType === 'rename') syncFolders();
  };
  const syncFolders = () => {
    if (stopped) return;
    const folders = listFolders(root);
    for (const [folder, watcher] of watchers) {
      if (folders.has(folder)) continue;
      watcher.close();
      watchers.delete(folder);
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = fs.watch(folder, onEvent);
        // A watched folder that disappears (a volume remounted, the root replaced) ends its
        // watcher: look again a moment later, and rescan in case something changed meanwhile.
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(folder);
          setTimeout(() => {
            syncFolders();
            schedule();
          }, 1000);
        });
        watchers.set(folder, watcher);
      } catch {
        setTimeout(syncFolders, 1000);
      }
    }
  };
  const watch = syncFolders;
  watch();
  console.info(frPublishing.watching(root));
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
    holder[STARTED] = undefined;
  };
  holder[STARTED] = stop;
  return stop;
}

/** The content root and every folder under it (hidden ones left out), as absolute paths. */
function listFolders(root: string): Set<string> {
  const folders = new Set<string>();
  const walk = (folder: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    folders.add(folder);
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) walk(path.join(folder, entry.name));
    }
  };
  walk(root);
  return folders;
}

/** Attempts at reaching the webhook before a change is reported as lost. */
const WEBHOOK_ATTEMPTS = 3;

/**
 * POSTs to the server's own webhook, trying again when the connection fails: a kept-alive
 * connection that the server closes as it goes idle (5 s) is reset under the next request, and
 * a lost reload would leave an edit unpublished until the next save.
 */
async function postWithRetries(url: string, token: string): Promise<Response> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    } catch (error) {
      if (attempt >= WEBHOOK_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
