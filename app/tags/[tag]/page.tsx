import { getListingMetadata, ListingRoute } from '@/components/listing/listing-route';
import { getTopics } from '@/lib/content';
import { getTopicListing } from '@/lib/listings';

// Listings pick up newly published (scheduled) articles without a rebuild.
export const revalidate = 60;

type Props = { params: Promise<{ tag: string }> };

export function generateStaticParams() {
  return getTopics().map((topic) => ({ tag: topic.slug }));
}

export async function generateMetadata({ params }: Props) {
  return getListingMetadata(getTopicListing((await params).tag));
}

export default async function TopicPage({ params }: Props) {
  return <ListingRoute listing={getTopicListing((await params).tag)} />;
}
