import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/listing-page';
import { getTopics } from '@/lib/content';
import { findListingPage, getTopicListing, listListingPages } from '@/lib/listings';
import { getListingMetadata } from '@/lib/seo/metadata';

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
  const found = findListingPage(getTopicListing(tag), page);
  if (!found) notFound();
  return <ListingPage listing={found.listing} page={found.page} />;
}
