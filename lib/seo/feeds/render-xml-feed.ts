import { Feed } from 'feed';
import { latestDate } from '@/lib/format/dates';
import { fr } from '@/lib/i18n/fr';
import { readWebSubHub } from '@/lib/indexing/config';
import { feedPath } from '@/lib/routes';
import type { FeedEntry } from '@/lib/seo/feeds/feed-entries';
import type { FeedSource } from '@/lib/seo/feeds/feed-sources';
import { toAbsoluteUrl } from '@/lib/seo/site';

/** Atom's `type="html"` text is markup: a title such as « A & B <C> » must be escaped. */
function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const names = new Intl.ListFormat('fr', { type: 'conjunction' });

/** « Alice Martin et Bruno Petit », as the byline reads. */
function formatNames(authors: readonly { name: string }[]): string {
  return names.format(authors.map((author) => author.name));
}

/** The newest modification of the entries: when the feed last changed. */
export function getFeedUpdated(entries: readonly FeedEntry[]): Date | undefined {
  const latest = latestDate(entries.map((entry) => entry.modified.toISOString()));
  return latest ? new Date(latest) : undefined;
}

function createFeed(source: FeedSource, entries: readonly FeedEntry[]): Feed {
  const home = toAbsoluteUrl(source.pagePath);
  const updated = getFeedUpdated(entries);
  const hub = readWebSubHub();
  return new Feed({
    id: home,
    title: source.channel.title,
    description: source.channel.description,
    link: home,
    language: 'fr',
    ...(updated ? { updated } : {}),
    generator: false,
    author: { name: fr.site.name, link: toAbsoluteUrl('/') },
    feedLinks: {
      rss: toAbsoluteUrl(feedPath('rss', source.channel.basePath)),
      atom: toAbsoluteUrl(feedPath('atom', source.channel.basePath)),
      json: toAbsoluteUrl(feedPath('json', source.channel.basePath)),
    },
    // WebSub: subscribers learn of new items from the hub (`rel="hub"`) beside `rel="self"`.
    ...(hub ? { hub } : {}),
  });
}

/**
 * RSS 2.0: `pubDate` in RFC 822, the permalink as `guid`, the dek as `description`, the full
 * HTML as `content:encoded`, the byline as `dc:creator` (RSS's own `author` must be an e-mail
 * address, which the newsroom does not publish), section and tags as `category`.
 */
export function renderRss(source: FeedSource, entries: readonly FeedEntry[]): string {
  const feed = createFeed(source, entries);
  for (const entry of entries) {
    feed.addItem({
      title: entry.title,
      link: entry.url,
      date: entry.modified,
      published: entry.published,
      description: entry.summary,
      content: entry.html,
      category: entry.categories.map((category) => ({ name: category.label })),
      extensions: [{ name: 'dc:creator', objects: { _text: formatNames(entry.authors) } }],
    });
  }
  return feed.rss2();
}

/**
 * Atom 1.0: RFC 3339 `published` and `updated`, the permalink as `id`, authors with their
 * page, categories with a term and a label, the dek as `summary` and the full HTML as `content`.
 */
export function renderAtom(source: FeedSource, entries: readonly FeedEntry[]): string {
  const feed = createFeed(source, entries);
  for (const entry of entries) {
    feed.addItem({
      title: escapeHtml(entry.title),
      link: entry.url,
      date: entry.modified,
      published: entry.published,
      description: escapeHtml(entry.summary),
      content: entry.html,
      author: entry.authors.map((author) => ({ name: author.name, link: author.url })),
      category: entry.categories.map((category) => ({
        name: category.label,
        term: category.term,
      })),
    });
  }
  return feed.atom1();
}
