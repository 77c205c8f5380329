import { notFound, permanentRedirect } from 'next/navigation';
import { AuthorIntro } from '@/components/listing/author-intro';
import { ListingPage } from '@/components/listing/listing-page';
import { getAuthor, getAuthors } from '@/lib/content';
import { findListingPage, getAuthorListing } from '@/lib/listings';
import { authorPath } from '@/lib/routes';
import { findFoldedSlug } from '@/lib/routing/folded-slug';
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
  if (!found) {
    // `/auteurs/La-R%C3%A9daction`, typed or pasted: 308 to the folded slug when that list exists.
    const folded = findFoldedSlug(author);
    if (folded && findListingPage(getAuthorListing(folded))) {
      await declareCacheTags([authorTag(folded)]);
      permanentRedirect(authorPath(folded));
    }
    notFound();
  }
  return (
    <ListingPage
      listing={found.listing}
      page={found.page}
      intro={record ? <AuthorIntro author={record} /> : null}
    />
  );
}
