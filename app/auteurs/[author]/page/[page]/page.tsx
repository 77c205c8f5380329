import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/listing-page';
import { getAuthors } from '@/lib/content';
import { findListingPage, getAuthorListing, listListingPages } from '@/lib/listings';
import { getListingMetadata } from '@/lib/seo/metadata';

// Listings pick up newly published (scheduled) articles without a rebuild.
export const revalidate = 60;

type Props = { params: Promise<{ author: string; page: string }> };

export function generateStaticParams() {
  return getAuthors().flatMap((author) =>
    listListingPages(getAuthorListing(author.slug)).map(({ page }) => ({
      author: author.slug,
      page,
    })),
  );
}

export async function generateMetadata({ params }: Props) {
  const { author, page } = await params;
  return getListingMetadata(getAuthorListing(author), page);
}

export default async function AuthorPageN({ params }: Props) {
  const { author, page } = await params;
  const found = findListingPage(getAuthorListing(author), page);
  if (!found) notFound();
  return <ListingPage listing={found.listing} page={found.page} />;
}
