import type { Metadata } from 'next';
import {
  getArticleAuthors,
  getPublicationState,
  getSection,
  type ArticleMeta,
} from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { findListingPage, type Listing } from '@/lib/listings';
import { articlePath, authorPath } from '@/lib/routes';
import { toMachineDate } from '@/lib/seo/dates';
import {
  getFeedLinkTypes,
  getSectionFeeds,
  SITE_FEEDS,
  type FeedChannel,
} from '@/lib/seo/feed-links';
import { getArticleOgImagePath } from '@/lib/seo/og/og-card-data';
import { toAbsoluteUrl } from '@/lib/seo/site';

/** Size of every Open Graph image: the 1.91:1 card social networks display. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

// Next replaces (does not merge) a parent's `openGraph`: each page repeats the site's fields.
const SITE_OPEN_GRAPH = { siteName: fr.site.name, locale: 'fr_FR' } as const;

const NOINDEX = { index: false, follow: false } as const;

/**
 * Robots directives of every indexable page (set once by the root layout; a page that must not
 * be indexed replaces them with its own `noindex`). Google Discover shows a large preview only
 * with `max-image-preview:large`.
 */
export const INDEXABLE_ROBOTS = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
} as const satisfies Metadata['robots'];

/**
 * Metadata of an ordinary page: title, description, its own canonical URL, Open Graph and
 * Twitter fields, and autodiscovery links to the site's feeds (plus `feeds`, e.g. a section's).
 */
export function getPageMetadata({
  title,
  description,
  path,
  feeds = [],
  noindex = false,
}: {
  title: string;
  description: string;
  path: string;
  feeds?: readonly FeedChannel[];
  noindex?: boolean;
}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path, types: getFeedLinkTypes([SITE_FEEDS, ...feeds]) },
    openGraph: { ...SITE_OPEN_GRAPH, type: 'website', url: path, title, description },
    twitter: { card: 'summary', title, description },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** Title, description and canonical URL of a listing page (nothing for an unknown one). */
export function getListingMetadata(
  listing: Listing | undefined,
  pageParam: string | number = 1,
): Metadata {
  const found = findListingPage(listing, pageParam);
  if (!found) return {};
  return getPageMetadata({
    title: fr.listing.pageTitle(found.listing.title, found.page.page),
    description: found.listing.description,
    path: found.listing.pathFor(found.page.page),
    feeds: found.listing.feeds ? [found.listing.feeds] : [],
  });
}

/**
 * Metadata of an article page: canonical URL, Open Graph `article` fields with its 1200×630
 * image, a large Twitter card, and `noindex` for drafts, scheduled articles and previews.
 */
export function getArticleMetadata(article: ArticleMeta, { preview = false } = {}): Metadata {
  const path = articlePath(article.slug);
  const authors = getArticleAuthors(article);
  const section = getSection(article.section);
  const published = getPublicationState(article) === 'published';
  const image = {
    url: getArticleOgImagePath(article),
    ...OG_IMAGE_SIZE,
    alt: fr.seo.ogImageAlt(article.title),
    type: 'image/png',
  };
  const sectionFeeds: FeedChannel[] = section ? [getSectionFeeds(section)] : [];
  return {
    title: article.title,
    description: article.description,
    authors: authors.map((author) => ({
      name: author.name,
      url: toAbsoluteUrl(authorPath(author.slug)),
    })),
    alternates: { canonical: path, types: getFeedLinkTypes([SITE_FEEDS, ...sectionFeeds]) },
    openGraph: {
      ...SITE_OPEN_GRAPH,
      type: 'article',
      url: path,
      title: article.title,
      description: article.description,
      publishedTime: toMachineDate(article.date),
      modifiedTime: toMachineDate(article.modified),
      ...(section ? { section: section.name } : {}),
      tags: article.tags.map((tag) => tag.label),
      authors: authors.map((author) => toAbsoluteUrl(authorPath(author.slug))),
      // The image route only serves published articles.
      ...(published ? { images: [image] } : {}),
    },
    twitter: {
      card: 'summary_large_image',
      title: article.title,
      description: article.description,
      ...(published ? { images: [{ url: image.url, alt: image.alt }] } : {}),
    },
    ...(!published || preview ? { robots: NOINDEX } : {}),
  };
}

/** The front page: the site's own title, canonical `/` and the site's feeds. */
export function getHomeMetadata(): Metadata {
  const page = getPageMetadata({
    title: `${fr.site.name} — ${fr.site.tagline}`,
    description: fr.site.description,
    path: '/',
  });
  // `absolute`: the front page's title already names the site, without the « — Manchette » suffix.
  return { ...page, title: { absolute: `${fr.site.name} — ${fr.site.tagline}` } };
}
