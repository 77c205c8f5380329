import {
  getAuthor,
  getAuthorArticles,
  getPublishedArticles,
  getSection,
  getSectionArticles,
  getTopic,
  listExtraPages,
  paginate,
  type ArticleMeta,
  type Page,
} from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { archivePath, authorPath, sectionPath, tagPath } from '@/lib/routes';
import { getSectionFeeds, getTopicFeeds, type FeedChannel } from '@/lib/seo/feed-links';

/** Everything a paginated list page needs, whatever it lists. */
export interface Listing {
  title: string;
  description: string;
  articles: readonly ArticleMeta[];
  pathFor: (page: number) => string;
  /** The listing's own feeds (sections and topics have some), announced in its `<head>`. */
  feeds?: FeedChannel;
}

/** A section's articles, or undefined for an unknown section. */
export function getSectionListing(slug: string): Listing | undefined {
  const section = getSection(slug);
  if (!section) return undefined;
  return {
    title: section.name,
    description: section.description,
    articles: getSectionArticles(section.slug),
    pathFor: (page) => sectionPath(section.slug, page),
    feeds: getSectionFeeds(section),
  };
}

/** A topic's articles, or undefined when no published article carries the tag. */
export function getTopicListing(slug: string): Listing | undefined {
  const topic = getTopic(slug);
  if (!topic) return undefined;
  return {
    title: fr.topic.title(topic.label),
    description: fr.topic.description(topic.label),
    articles: topic.articles,
    pathFor: (page) => tagPath(topic.slug, page),
    feeds: getTopicFeeds(topic),
  };
}

/** An author's articles, or undefined for an unknown author. */
export function getAuthorListing(slug: string): Listing | undefined {
  const author = getAuthor(slug);
  if (!author) return undefined;
  return {
    title: author.name,
    description: fr.author.description(author.name),
    articles: getAuthorArticles(author.slug),
    pathFor: (page) => authorPath(author.slug, page),
  };
}

/** Every published article, newest first. */
export function getArchiveListing(): Listing {
  return {
    title: fr.archive.title,
    description: fr.archive.description,
    articles: getPublishedArticles(),
    pathFor: archivePath,
  };
}

/**
 * Page `pageParam` of a listing, or undefined for an unknown listing or page number (the route
 * answers 404). `/page/1` never gets here: next.config redirects it to the listing's own URL.
 */
export function findListingPage(
  listing: Listing | undefined,
  pageParam: string | number = 1,
): { listing: Listing; page: Page<ArticleMeta> } | undefined {
  const page = listing ? paginate(listing.articles, pageParam) : undefined;
  return listing && page ? { listing, page } : undefined;
}

/** `generateStaticParams` entries for pages 2..n of a listing. */
export function listListingPages(listing: Listing | undefined): { page: string }[] {
  return listing ? listExtraPages(listing.articles.length) : [];
}
