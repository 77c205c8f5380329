import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/listing-page';
import { getTopics } from '@/lib/content';
import { findListingPage, getTopicListing } from '@/lib/listings';
import { getListingMetadata } from '@/lib/seo/metadata';

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
  const found = findListingPage(getTopicListing((await params).tag));
  if (!found) notFound();
  return <ListingPage listing={found.listing} page={found.page} />;
}
