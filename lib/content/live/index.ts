// Live content: what a running server reads, reloaded without a rebuild (webhook, watcher).
export { reloadContent, type ReloadReport } from '@/lib/content/live/reload';
export { onContentReload } from '@/lib/content/live/listeners';
export type { ContentChanges } from '@/lib/content/live/changes';
export { getRevalidateSecret, peekWatchToken } from '@/lib/content/live/access';
export { startContentWatch } from '@/lib/content/live/watch';
