import { renderArticleBodyHtml } from '@/components/mdx/static-html';
import { getSections } from '@/lib/content';
import { listFeedFiles, respondWithFeed } from '@/lib/seo/feeds/feed-response';
import { getSectionFeedSource } from '@/lib/seo/feeds/feed-sources';

// Like the pages: scheduled articles enter the feed without a rebuild.
export const revalidate = 60;
export const dynamicParams = false;

type Context = { params: Promise<{ section: string; file: string }> };

export function generateStaticParams() {
  return getSections().flatMap((section) =>
    listFeedFiles().map(({ file }) => ({ section: section.slug, file })),
  );
}

export async function GET(_request: Request, { params }: Context) {
  const { section, file } = await params;
  return respondWithFeed(getSectionFeedSource(section), file, renderArticleBodyHtml);
}
