import { renderArticleBodyHtml } from '@/components/mdx/static-html';
import { getTopics } from '@/lib/content';
import { listFeedFiles, respondWithFeed } from '@/lib/seo/feeds/feed-response';
import { getTopicFeedSource } from '@/lib/seo/feeds/feed-sources';

// Like the pages: scheduled articles enter the feed without a rebuild, and a topic that first
// appears with one gets its feed on the first request.
export const revalidate = 60;

type Context = { params: Promise<{ tag: string; file: string }> };

export function generateStaticParams() {
  return getTopics().flatMap((topic) =>
    listFeedFiles().map(({ file }) => ({ tag: topic.slug, file })),
  );
}

export async function GET(_request: Request, { params }: Context) {
  const { tag, file } = await params;
  return respondWithFeed(getTopicFeedSource(tag), file, renderArticleBodyHtml);
}
