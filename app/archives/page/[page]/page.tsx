import {
  getListingMetadata,
  listListingPages,
  ListingRoute,
} from '@/components/listing/listing-route';
import { getArchiveListing } from '@/lib/listings';

// Listings pick up newly published (scheduled) articles without a rebuild.
export const revalidate = 60;

type Props = { params: Promise<{ page: string }> };

export function generateStaticParams() {
  return listListingPages(getArchiveListing());
}

export async function generateMetadata({ params }: Props) {
  return getListingMetadata(getArchiveListing(), (await params).page);
}

export default async function ArchivePageN({ params }: Props) {
  return <ListingRoute listing={getArchiveListing()} pageParam={(await params).page} />;
}
