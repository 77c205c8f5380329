import {
  getListingMetadata,
  listListingPages,
  ListingRoute,
} from '@/components/listing/listing-route';
import { getSections } from '@/lib/content';
import { getSectionListing } from '@/lib/listings';

// Listings pick up newly published (scheduled) articles without a rebuild.
export const revalidate = 60;

type Props = { params: Promise<{ section: string; page: string }> };

export function generateStaticParams() {
  return getSections().flatMap((section) =>
    listListingPages(getSectionListing(section.slug)).map(({ page }) => ({
      section: section.slug,
      page,
    })),
  );
}

export async function generateMetadata({ params }: Props) {
  const { section, page } = await params;
  return getListingMetadata(getSectionListing(section), page);
}

export default async function SectionPageN({ params }: Props) {
  const { section, page } = await params;
  return <ListingRoute listing={getSectionListing(section)} pageParam={page} />;
}
