import { AuthorIntro } from '@/components/listing/author-intro';
import { getListingMetadata, ListingRoute } from '@/components/listing/listing-route';
import { getAuthor, getAuthors } from '@/lib/content';
import { getAuthorListing } from '@/lib/listings';
import { declareCacheTags } from '@/lib/cache/declare';
import { authorTag } from '@/lib/cache/tags';

type Props = { params: Promise<{ author: string }> };

export function generateStaticParams() {
  return getAuthors().map((author) => ({ author: author.slug }));
}

export async function generateMetadata({ params }: Props) {
  return getListingMetadata(getAuthorListing((await params).author));
}

export default async function AuthorPage({ params }: Props) {
  const { author } = await params;
  await declareCacheTags([authorTag(author)]);
  const record = getAuthor(author);
  return (
    <ListingRoute
      listing={getAuthorListing(author)}
      intro={record ? <AuthorIntro author={record} /> : null}
    />
  );
}
