import type { LiveEntry } from '@/lib/content/live/entries';
import type { LiveUpdatesResponse } from '@/lib/content/live/protocol';
import { getLiveStatus } from '@/lib/content/live/status';
import type { ArticleMeta } from '@/lib/content/source/types';

/** Renders one live entry to static HTML with the page's MDX pipeline. */
export type EntryRenderer = (article: ArticleMeta, entry: LiveEntry) => Promise<string>;

// Open tabs ask every 15 s: each entry is rendered once per index version (a content change
// builds new objects), not once per request.
const rendered = new WeakMap<LiveEntry, Promise<string>>();

function renderOnce(
  article: ArticleMeta,
  entry: LiveEntry,
  render: EntryRenderer,
): Promise<string> {
  let html = rendered.get(entry);
  if (!html) {
    html = render(article, entry);
    // A failed render must not stay cached: the next request tries again.
    html.catch(() => rendered.delete(entry));
    rendered.set(entry, html);
  }
  return html;
}

/** Reads `?depuis=<epoch ms>`: digits only, else undefined (the route answers 400). */
export function parseLiveSince(value: string | null): number | undefined {
  if (value === null || value === '') return 0;
  return /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

/** The entries of a live blog newer than `since` (epoch ms), newest first, rendered. */
export async function getLiveUpdates(
  article: ArticleMeta & { live: NonNullable<ArticleMeta['live']> },
  since: number,
  render: EntryRenderer,
): Promise<LiveUpdatesResponse> {
  const entries = article.live.entries.filter((entry) => entry.publishedAt > since);
  return {
    live: getLiveStatus(article) === 'live',
    entries: await Promise.all(
      entries.map(async (entry) => ({
        id: entry.anchor,
        time: entry.publishedAt,
        html: await renderOnce(article, entry, render),
      })),
    ),
  };
}
