import {
  getListingMetadata,
  listListingPages,
  ListingRoute,
} from '@/components/listing/listing-route';
import { getSections } from '@/lib/content';
import { declareCacheTags } from '@/lib/cache/declare';
import { sectionTag } from '@/lib/cache/tags';
import { getSectionListing } from '@/lib/listings';

type Props = { params: Promise<{ section: string; page: string }> };

export function generateStaticParams() {
  return getSections().flatMap((section) =>
    listListingPages(getSectionListing(section.slug)).map(({ page }) => ({
      section: section.slug,
      page,
    })),
  );
}

export async function generateMetadata({ params }: Props) {
  const { section, page } = await params;
  return getListingMetadata(getSectionListing(section), page);
}

export default async function SectionPageN({ params }: Props) {
  const { section, page } = await params;
  await declareCacheTags([sectionTag(section)]);
  return <ListingRoute listing={getSectionListing(section)} pageParam={page} />;
}
