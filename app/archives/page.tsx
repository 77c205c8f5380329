import { getListingMetadata, ListingRoute } from '@/components/listing/listing-route';
import { getArchiveListing } from '@/lib/listings';

// Listings pick up newly published (scheduled) articles without a rebuild.
export const revalidate = 60;

export function generateMetadata() {
  return getListingMetadata(getArchiveListing());
}

export default function ArchivePage() {
  return <ListingRoute listing={getArchiveListing()} />;
}
