import type { Metadata } from 'next';
import type { Section, TagRef } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { FEED_FORMATS, feedPath, sectionPath, tagPath, type FeedFormat } from '@/lib/routes';

/** The media type of each feed format, for `<link rel="alternate">` and the response header. */
export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

/** A set of feeds (RSS, Atom, JSON) for the site, a section or a topic. */
export interface FeedChannel {
  title: string;
  /** What the channel is about, as feed readers show it. */
  description: string;
  /** The listing path the feeds live under; empty for the whole site. */
  basePath: string;
}

/** The feeds of the whole site. */
export const SITE_FEEDS: FeedChannel = {
  title: fr.feeds.siteTitle,
  description: fr.site.description,
  basePath: '',
};

/** The feeds of a section: its listing announces them, its articles too, its feed routes serve them. */
export function getSectionFeeds(section: Section): FeedChannel {
  return {
    title: fr.feeds.sectionTitle(section.name),
    description: fr.feeds.sectionDescription(section.name),
    basePath: sectionPath(section.slug),
  };
}

/** The feeds of a topic, announced by its listing and served by its feed routes. */
export function getTopicFeeds(topic: TagRef): FeedChannel {
  return {
    title: fr.feeds.topicTitle(topic.label),
    description: fr.feeds.topicDescription(topic.label),
    basePath: tagPath(topic.slug),
  };
}

type AlternateTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>;

/** Feed autodiscovery: one `<link rel="alternate">` per channel and format. */
export function getFeedLinkTypes(channels: readonly FeedChannel[]): AlternateTypes {
  const types: AlternateTypes = {};
  for (const format of FEED_FORMATS) {
    types[FEED_MEDIA_TYPES[format]] = channels.map((channel) => ({
      url: feedPath(format, channel.basePath),
      title: fr.feeds.linkTitle(channel.title, fr.feeds.formatNames[format]),
    }));
  }
  return types;
}
