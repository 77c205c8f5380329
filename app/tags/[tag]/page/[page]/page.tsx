import {
  getListingMetadata,
  listListingPages,
  ListingRoute,
} from '@/components/listing/listing-route';
import { getTopics } from '@/lib/content';
import { getTopicListing } from '@/lib/listings';

// Listings pick up newly published (scheduled) articles without a rebuild.
export const revalidate = 60;

type Props = { params: Promise<{ tag: string; page: string }> };

export function generateStaticParams() {
  return getTopics().flatMap((topic) =>
    listListingPages(getTopicListing(topic.slug)).map(({ page }) => ({ tag: topic.slug, page })),
  );
}

export async function generateMetadata({ params }: Props) {
  const { tag, page } = await params;
  return getListingMetadata(getTopicListing(tag), page);
}

export default async function TopicPageN({ params }: Props) {
  const { tag, page } = await params;
  return <ListingRoute listing={getTopicListing(tag)} pageParam={page} />;
}
