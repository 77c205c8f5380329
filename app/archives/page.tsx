import { getListingMetadata, ListingRoute } from '@/components/listing/listing-route';
import { declareCacheTags } from '@/lib/cache/declare';
import { ARTICLES_TAG } from '@/lib/cache/tags';
import { getArchiveListing } from '@/lib/listings';

export function generateMetadata() {
  return getListingMetadata(getArchiveListing());
}

export default async function ArchivePage() {
  await declareCacheTags([ARTICLES_TAG]);
  return <ListingRoute listing={getArchiveListing()} />;
}
