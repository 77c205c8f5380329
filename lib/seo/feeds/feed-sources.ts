import { getPublishedArticles, type ArticleMeta } from '@/lib/content';
import { getSectionListing, getTopicListing, type Listing } from '@/lib/listings';
import { SITE_FEEDS, type FeedChannel } from '@/lib/seo/feed-links';

/** Items per feed: the newest articles only, as feed readers poll often. */
export const FEED_ITEM_LIMIT = 50;

/** What a feed is about: its channel (title, description and path) and newest articles. */
export interface FeedSource {
  channel: FeedChannel;
  /** The page the feed mirrors (`/` for the site, else the listing). */
  pagePath: string;
  articles: readonly ArticleMeta[];
}

/** The whole site's feed: the newest published articles of every section. */
export function getSiteFeedSource(): FeedSource {
  return {
    channel: SITE_FEEDS,
    pagePath: '/',
    articles: getPublishedArticles().slice(0, FEED_ITEM_LIMIT),
  };
}

/** A section's feed (its listing's newest articles), or undefined for an unknown section. */
export function getSectionFeedSource(slug: string): FeedSource | undefined {
  return fromListing(getSectionListing(slug));
}

/** A topic's feed, or undefined when no published article carries the tag. */
export function getTopicFeedSource(slug: string): FeedSource | undefined {
  return fromListing(getTopicListing(slug));
}

/** The feed of a listing that has one: the same channel its page announces, the same articles. */
function fromListing(listing: Listing | undefined): FeedSource | undefined {
  if (!listing?.feeds) return undefined;
  return {
    channel: listing.feeds,
    pagePath: listing.pathFor(1),
    articles: listing.articles.slice(0, FEED_ITEM_LIMIT),
  };
}
