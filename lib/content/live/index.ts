// Live blogs: entries read from the body, their anchors, the coverage status and the updates
// sent to open pages.
export { getEntryAnchor } from '@/lib/content/live/anchor';
export { extractLiveEntries, sortNewestFirst, type LiveEntry } from '@/lib/content/live/entries';
export { getLiveStatus, type LiveStatus } from '@/lib/content/live/status';
export { getLiveUpdates, parseLiveSince, type EntryRenderer } from '@/lib/content/live/updates';

// Live content: what a running server reads, reloaded without a rebuild (webhook, watcher).
export { reloadContent, type ReloadReport } from '@/lib/content/live/reload';
export { onContentReload } from '@/lib/content/live/listeners';
export type { ContentChanges } from '@/lib/content/live/changes';
export { getRevalidateSecret, peekWatchToken } from '@/lib/content/live/access';
export { startContentWatch } from '@/lib/content/live/watch';
