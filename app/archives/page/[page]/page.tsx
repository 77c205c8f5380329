import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/listing-page';
import { findListingPage, getArchiveListing, listListingPages } from '@/lib/listings';
import { getListingMetadata } from '@/lib/seo/metadata';

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
  const found = findListingPage(getArchiveListing(), (await params).page);
  if (!found) notFound();
  return <ListingPage listing={found.listing} page={found.page} />;
}
