import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/listing-page';
import { findListingPage, getArchiveListing, listListingPages } from '@/lib/listings';
import { getListingMetadata } from '@/lib/seo/metadata';
import { declareCacheTags } from '@/lib/cache/declare';
import { ARTICLES_TAG } from '@/lib/cache/tags';

type Props = { params: Promise<{ page: string }> };

export function generateStaticParams() {
  return listListingPages(getArchiveListing());
}

export async function generateMetadata({ params }: Props) {
  return getListingMetadata(getArchiveListing(), (await params).page);
}

export default async function ArchivePageN({ params }: Props) {
  await declareCacheTags([ARTICLES_TAG]);
  const found = findListingPage(getArchiveListing(), (await params).page);
  if (!found) notFound();
  return <ListingPage listing={found.listing} page={found.page} />;
}
