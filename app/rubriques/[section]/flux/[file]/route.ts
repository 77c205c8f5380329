import { renderArticleBodyHtml } from '@/components/mdx/static-html';
import { getSections } from '@/lib/content';
import { listFeedFiles, respondWithFeed } from '@/lib/seo/feeds/feed-response';
import { getSectionFeedSource } from '@/lib/seo/feeds/feed-sources';
import { declareCacheTags } from '@/lib/cache/declare';
import { sectionTag } from '@/lib/cache/tags';

export const dynamicParams = false;

type Context = { params: Promise<{ section: string; file: string }> };

export function generateStaticParams() {
  return getSections().flatMap((section) =>
    listFeedFiles().map(({ file }) => ({ section: section.slug, file })),
  );
}

export async function GET(_request: Request, { params }: Context) {
  const { section, file } = await params;
  await declareCacheTags([sectionTag(section)]);
  return respondWithFeed(getSectionFeedSource(section), file, renderArticleBodyHtml);
}
