import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { ListingPage } from '@/components/listing/listing-page';
import { listExtraPages, paginate } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import type { Listing } from '@/lib/listings';
import { getPageMetadata } from '@/lib/seo/metadata';

/**
 * Renders page `pageParam` of a listing; unknown listings and page numbers answer 404.
 * (`/page/1` never gets here: next.config redirects it to the listing's own URL.)
 */
export function ListingRoute({
  listing,
  pageParam = 1,
  intro,
}: {
  listing: Listing | undefined;
  pageParam?: string | number;
  intro?: ReactNode;
}) {
  if (!listing) notFound();
  const page = paginate(listing.articles, pageParam);
  if (!page) notFound();
  return <ListingPage title={listing.title} intro={intro} page={page} pathFor={listing.pathFor} />;
}

/** Title, description and canonical URL of a listing page. */
export function getListingMetadata(
  listing: Listing | undefined,
  pageParam: string | number = 1,
): Metadata {
  const page = listing ? paginate(listing.articles, pageParam) : undefined;
  if (!listing || !page) return {};
  return getPageMetadata({
    title: fr.listing.pageTitle(listing.title, page.page),
    description: listing.description,
    path: listing.pathFor(page.page),
    feeds: listing.feeds ? [listing.feeds] : [],
  });
}

/** `generateStaticParams` entries for pages 2..n of a listing. */
export function listListingPages(listing: Listing | undefined): { page: string }[] {
  return listing ? listExtraPages(listing.articles.length) : [];
}
