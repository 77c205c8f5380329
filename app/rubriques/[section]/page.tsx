import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/listing-page';
import { getSections } from '@/lib/content';
import { findListingPage, getSectionListing } from '@/lib/listings';
import { getListingMetadata } from '@/lib/seo/metadata';

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
  const found = findListingPage(getSectionListing((await params).section));
  if (!found) notFound();
  return <ListingPage listing={found.listing} page={found.page} />;
}
