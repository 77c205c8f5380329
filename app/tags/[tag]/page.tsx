import { getListingMetadata, ListingRoute } from '@/components/listing/listing-route';
import { getTopics } from '@/lib/content';
import { declareCacheTags } from '@/lib/cache/declare';
import { topicTag } from '@/lib/cache/tags';
import { getTopicListing } from '@/lib/listings';

type Props = { params: Promise<{ tag: string }> };

export function generateStaticParams() {
  return getTopics().map((topic) => ({ tag: topic.slug }));
}

export async function generateMetadata({ params }: Props) {
  return getListingMetadata(getTopicListing((await params).tag));
}

export default async function TopicPage({ params }: Props) {
  const { tag } = await params;
  await declareCacheTags([topicTag(tag)]);
  return <ListingRoute listing={getTopicListing(tag)} />;
}
