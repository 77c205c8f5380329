import { renderArticleBodyHtml } from '@/components/mdx/static-html';
import { listFeedFiles, respondWithFeed } from '@/lib/seo/feeds/feed-response';
import { getSiteFeedSource } from '@/lib/seo/feeds/feed-sources';

// Like the pages: scheduled articles enter the feed without a rebuild.
export const revalidate = 60;
export const dynamicParams = false;

type Context = { params: Promise<{ file: string }> };

export function generateStaticParams() {
  return listFeedFiles();
}

export async function GET(_request: Request, { params }: Context) {
  return respondWithFeed(getSiteFeedSource(), (await params).file, renderArticleBodyHtml);
}
