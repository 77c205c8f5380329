import {
  getListingMetadata,
  listListingPages,
  ListingRoute,
} from '@/components/listing/listing-route';
import { getTopics } from '@/lib/content';
import { declareCacheTags } from '@/lib/cache/declare';
import { topicTag } from '@/lib/cache/tags';
import { getTopicListing } from '@/lib/listings';

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
  await declareCacheTags([topicTag(tag)]);
  return <ListingRoute listing={getTopicListing(tag)} pageParam={page} />;
}
