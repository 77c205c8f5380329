import type { LiveEntry } from '@/lib/content/live/entries';
import type { LiveUpdatesResponse } from '@/lib/live/protocol';
import { getLiveStatus } from '@/lib/content/live/status';
import { resolveReadAlso } from '@/lib/content/catalog';
import type { ArticleMeta, ArticleSource } from '@/lib/content/source';

/** Renders MDX to static HTML with the page's pipeline (the feeds' renderer). */
export type EntryRenderer = (source: ArticleSource) => Promise<string>;

/** One entry's own MDX, with what the render pipeline needs to check and complete it. */
function getEntrySource(article: ArticleMeta, entry: LiveEntry): ArticleSource {
  return {
    body: entry.source,
    file: article.file,
    lineOffset: entry.lineOffset,
    tagSlugs: new Set(article.tags.map((tag) => tag.slug)),
    live: article.live ? { start: article.live.start, end: article.live.end } : undefined,
    readAlso: resolveReadAlso(entry.source),
  };
}

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
    html = render(getEntrySource(article, entry));
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
