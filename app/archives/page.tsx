import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/listing-page';
import { findListingPage, getArchiveListing } from '@/lib/listings';
import { getListingMetadata } from '@/lib/seo/metadata';

// Listings pick up newly published (scheduled) articles without a rebuild.
export const revalidate = 60;

export function generateMetadata() {
  return getListingMetadata(getArchiveListing());
}

export default function ArchivePage() {
  const found = findListingPage(getArchiveListing());
  if (!found) notFound();
  return <ListingPage listing={found.listing} page={found.page} />;
}
