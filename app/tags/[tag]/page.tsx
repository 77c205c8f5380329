import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/listing-page';
import { getTopics } from '@/lib/content';
import { findListingPage, getTopicListing } from '@/lib/listings';
import { getListingMetadata } from '@/lib/seo/metadata';
import { declareCacheTags } from '@/lib/cache/declare';
import { topicTag } from '@/lib/cache/tags';

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
  const found = findListingPage(getTopicListing(tag));
  if (!found) notFound();
  return <ListingPage listing={found.listing} page={found.page} />;
}
