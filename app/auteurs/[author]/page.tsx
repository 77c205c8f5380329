import { notFound } from 'next/navigation';
import { AuthorIntro } from '@/components/listing/author-intro';
import { ListingPage } from '@/components/listing/listing-page';
import { getAuthor, getAuthors } from '@/lib/content';
import { findListingPage, getAuthorListing } from '@/lib/listings';
import { getListingMetadata } from '@/lib/seo/metadata';
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
  const found = findListingPage(getAuthorListing(author));
  if (!found) notFound();
  return (
    <ListingPage
      listing={found.listing}
      page={found.page}
      intro={record ? <AuthorIntro author={record} /> : null}
    />
  );
}
