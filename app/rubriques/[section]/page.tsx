import { getListingMetadata, ListingRoute } from '@/components/listing/listing-route';
import { getSections } from '@/lib/content';
import { getSectionListing } from '@/lib/listings';

// Listings pick up newly published (scheduled) articles without a rebuild.
export const revalidate = 60;

type Props = { params: Promise<{ section: string }> };

export function generateStaticParams() {
  return getSections().map((section) => ({ section: section.slug }));
}

export async function generateMetadata({ params }: Props) {
  return getListingMetadata(getSectionListing((await params).section));
}

export default async function SectionPage({ params }: Props) {
  return <ListingRoute listing={getSectionListing((await params).section)} />;
}
