import {
  getListingMetadata,
  listListingPages,
  ListingRoute,
} from '@/components/listing/listing-route';
import { getAuthors } from '@/lib/content';
import { getAuthorListing } from '@/lib/listings';

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
  return <ListingRoute listing={getAuthorListing(author)} pageParam={page} />;
}
