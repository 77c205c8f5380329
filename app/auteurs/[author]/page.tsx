import { AuthorIntro } from '@/components/listing/author-intro';
import { getListingMetadata, ListingRoute } from '@/components/listing/listing-route';
import { getAuthor, getAuthors } from '@/lib/content';
import { getAuthorListing } from '@/lib/listings';

// Listings pick up newly published (scheduled) articles without a rebuild.
export const revalidate = 60;

type Props = { params: Promise<{ author: string }> };

export function generateStaticParams() {
  return getAuthors().map((author) => ({ author: author.slug }));
}

export async function generateMetadata({ params }: Props) {
  return getListingMetadata(getAuthorListing((await params).author));
}

export default async function AuthorPage({ params }: Props) {
  const { author } = await params;
  const record = getAuthor(author);
  return (
    <ListingRoute
      listing={getAuthorListing(author)}
      intro={record ? <AuthorIntro author={record} /> : null}
    />
  );
}
