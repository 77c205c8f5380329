import {
  getListingMetadata,
  listListingPages,
  ListingRoute,
} from '@/components/listing/listing-route';
import { getAuthors } from '@/lib/content';
import { getAuthorListing } from '@/lib/listings';
import { declareCacheTags } from '@/lib/cache/declare';
import { authorTag } from '@/lib/cache/tags';

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
  await declareCacheTags([authorTag(author)]);
  return <ListingRoute listing={getAuthorListing(author)} pageParam={page} />;
}
