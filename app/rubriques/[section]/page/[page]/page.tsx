import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/listing-page';
import { getSections } from '@/lib/content';
import { findListingPage, getSectionListing, listListingPages } from '@/lib/listings';
import { getListingMetadata } from '@/lib/seo/metadata';

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
  const found = findListingPage(getSectionListing(section), page);
  if (!found) notFound();
  return <ListingPage listing={found.listing} page={found.page} />;
}
