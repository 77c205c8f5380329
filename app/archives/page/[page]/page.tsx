import {
  getListingMetadata,
  listListingPages,
  ListingRoute,
} from '@/components/listing/listing-route';
import { declareCacheTags } from '@/lib/cache/declare';
import { ARTICLES_TAG } from '@/lib/cache/tags';
import { getArchiveListing } from '@/lib/listings';

type Props = { params: Promise<{ page: string }> };

export function generateStaticParams() {
  return listListingPages(getArchiveListing());
}

export async function generateMetadata({ params }: Props) {
  return getListingMetadata(getArchiveListing(), (await params).page);
}

export default async function ArchivePageN({ params }: Props) {
  await declareCacheTags([ARTICLES_TAG]);
  return <ListingRoute listing={getArchiveListing()} pageParam={(await params).page} />;
}
