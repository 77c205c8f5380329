import {
  getPublishedArticles,
  getSection,
  getSectionArticles,
  getTopic,
  type ArticleMeta,
} from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { sectionPath, tagPath } from '@/lib/routes';
import { SITE_FEEDS, type FeedChannel } from '@/lib/seo/feed-links';

/** Items per feed: the newest articles only, as feed readers poll often. */
export const FEED_ITEM_LIMIT = 50;

/** What a feed is about: its channel (title and path), description and newest articles. */
export interface FeedSource {
  channel: FeedChannel;
  description: string;
  /** The page the feed mirrors (`/` for the site, else the listing). */
  pagePath: string;
  articles: readonly ArticleMeta[];
}

/** The whole site's feed: the newest published articles of every section. */
export function getSiteFeedSource(): FeedSource {
  return {
    channel: SITE_FEEDS,
    description: fr.site.description,
    pagePath: '/',
    articles: getPublishedArticles().slice(0, FEED_ITEM_LIMIT),
  };
}

/** A section's feed, or undefined for an unknown section. */
export function getSectionFeedSource(slug: string): FeedSource | undefined {
  const section = getSection(slug);
  if (!section) return undefined;
  const path = sectionPath(section.slug);
  return {
    channel: { title: fr.feeds.sectionTitle(section.name), basePath: path },
    description: fr.feeds.sectionDescription(section.name),
    pagePath: path,
    articles: getSectionArticles(section.slug).slice(0, FEED_ITEM_LIMIT),
  };
}

/** A topic's feed, or undefined when no published article carries the tag. */
export function getTopicFeedSource(slug: string): FeedSource | undefined {
  const topic = getTopic(slug);
  if (!topic) return undefined;
  const path = tagPath(topic.slug);
  return {
    channel: { title: fr.feeds.topicTitle(topic.label), basePath: path },
    description: fr.feeds.topicDescription(topic.label),
    pagePath: path,
    articles: topic.articles.slice(0, FEED_ITEM_LIMIT),
  };
}
