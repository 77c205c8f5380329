import { getListingMetadata, ListingRoute } from '@/components/listing/listing-route';
import { getSections } from '@/lib/content';
import { declareCacheTags } from '@/lib/cache/declare';
import { sectionTag } from '@/lib/cache/tags';
import { getSectionListing } from '@/lib/listings';

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
  return <ListingRoute listing={getSectionListing(section)} />;
}
