import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/listing-page';
import { findListingPage, getArchiveListing } from '@/lib/listings';
import { getListingMetadata } from '@/lib/seo/metadata';
import { declareCacheTags } from '@/lib/cache/declare';
import { ARTICLES_TAG } from '@/lib/cache/tags';

export function generateMetadata() {
  return getListingMetadata(getArchiveListing());
}

export default async function ArchivePage() {
  await declareCacheTags([ARTICLES_TAG]);
  const found = findListingPage(getArchiveListing());
  if (!found) notFound();
  return <ListingPage listing={found.listing} page={found.page} />;
}
