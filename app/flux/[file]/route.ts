import { renderArticleBodyHtml } from '@/components/mdx/static-html';
import { listFeedFiles, respondWithFeed } from '@/lib/seo/feeds/feed-response';
import { getSiteFeedSource } from '@/lib/seo/feeds/feed-sources';
import { declareCacheTags } from '@/lib/cache/declare';
import { ARTICLES_TAG } from '@/lib/cache/tags';

export const dynamicParams = false;

type Context = { params: Promise<{ file: string }> };

export function generateStaticParams() {
  return listFeedFiles();
}

export async function GET(_request: Request, { params }: Context) {
  await declareCacheTags([ARTICLES_TAG]);
  return respondWithFeed(getSiteFeedSource(), (await params).file, renderArticleBodyHtml);
}
