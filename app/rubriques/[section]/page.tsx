import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/listing-page';
import { getSections } from '@/lib/content';
import { findListingPage, getSectionListing } from '@/lib/listings';
import { getListingMetadata } from '@/lib/seo/metadata';
import { declareCacheTags } from '@/lib/cache/declare';
import { sectionTag } from '@/lib/cache/tags';

type Props = { params: Promise<{ section: string }> };

export function generateStaticParams() {
  return getSections().map((section) => ({ section: section.slug }));
}

export async function generateMetadata({ params }: Props) {
  return getListingMetadata(getSectionListing((await params).section));
}

export default async function SectionPage({ params }: Props) {
  const { section } = await params;
  await declareCacheTags([sectionTag(section)]);
  const found = findListingPage(getSectionListing(section));
  if (!found) notFound();
  return <ListingPage listing={found.listing} page={found.page} />;
}
