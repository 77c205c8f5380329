import { renderArticleBodyHtml } from '@/components/mdx/static-html';
import { respondWithFeed } from '@/lib/seo/feeds/feed-response';
import { getTopicFeedSource } from '@/lib/seo/feeds/feed-sources';
import { declareCacheTags } from '@/lib/cache/declare';
import { topicTag } from '@/lib/cache/tags';

// Rendered on a topic feed's first request, then cached and refreshed like the pages: there is a
// feed per topic and format (hundreds in a large archive), each holding 50 full articles, and
// prerendering them all would multiply the build's MDX work for feeds few readers poll.

type Context = { params: Promise<{ tag: string; file: string }> };

export function generateStaticParams(): { tag: string; file: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: Context) {
  const { tag, file } = await params;
  await declareCacheTags([topicTag(tag)]);
  return respondWithFeed(getTopicFeedSource(tag), file, renderArticleBodyHtml);
}
