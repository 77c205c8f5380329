import { fr } from '@/lib/i18n/fr';
import { readWebSubHub } from '@/lib/indexing/config';
import { feedPath } from '@/lib/routes';
import { toMachineDate } from '@/lib/seo/dates';
import type { FeedEntry } from '@/lib/seo/feeds/feed-entries';
import type { FeedSource } from '@/lib/seo/feeds/feed-sources';
import { toAbsoluteUrl } from '@/lib/seo/site';

interface JsonFeedAuthor {
  name: string;
  url: string;
}

interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  image?: string;
  date_published: string;
  date_modified: string;
  authors: JsonFeedAuthor[];
  tags: string[];
  language: string;
}

/** The fields of JSON Feed 1.1 (https://jsonfeed.org/version/1.1) that Manchette fills in. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: JsonFeedAuthor[];
  /** WebSub hubs that announce the feed's updates. */
  hubs?: { type: 'WebSub'; url: string }[];
  items: JsonFeedItem[];
}

/**
 * JSON Feed 1.1, written as a typed object and serialised by JSON.stringify: the `feed`
 * package only writes version 1.0 (single `author`, no `language`). Dates are RFC 3339 with
 * the Paris offset.
 */
export function renderJsonFeed(source: FeedSource, entries: readonly FeedEntry[]): string {
  const hub = readWebSubHub();
  const feed: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: source.channel.title,
    home_page_url: toAbsoluteUrl(source.pagePath),
    feed_url: toAbsoluteUrl(feedPath('json', source.channel.basePath)),
    description: source.channel.description,
    language: 'fr',
    authors: [{ name: fr.site.name, url: toAbsoluteUrl('/') }],
    ...(hub ? { hubs: [{ type: 'WebSub', url: hub }] } : {}),
    items: entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      content_html: entry.html,
      ...(entry.image ? { image: entry.image } : {}),
      date_published: toMachineDate(entry.published.toISOString()),
      date_modified: toMachineDate(entry.modified.toISOString()),
      authors: entry.authors,
      tags: entry.categories.map((category) => category.label),
      language: 'fr',
    })),
  };
  return JSON.stringify(feed, null, 2);
}
