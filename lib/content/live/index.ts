// Live blogs: entries read from the body, their anchors, the coverage status and the updates
// sent to open pages.
export { getEntryAnchor } from '@/lib/content/live/anchor';
export { extractLiveEntries, sortNewestFirst, type LiveEntry } from '@/lib/content/live/entries';
export { getLiveStatus, type LiveStatus } from '@/lib/content/live/status';
export { getLiveUpdates, parseLiveSince, type EntryRenderer } from '@/lib/content/live/updates';
