import { renderArticleBodyHtml } from '@/components/mdx/static-html';
import { getArticle, getLiveUpdates, parseLiveSince } from '@/lib/content';
import { LIVE_SINCE_PARAM } from '@/lib/live/protocol';
import { createNotFoundResponse } from '@/lib/seo/xml';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

/**
 * `/articles/<slug>/direct.json?depuis=<ms>`: the entries of a published live blog newer than
 * what an open page has, for its live island. Any other article is a 404.
 */
export async function GET(request: Request, { params }: Context) {
  const article = getArticle((await params).slug);
  if (!article?.live) return createNotFoundResponse();
  const since = parseLiveSince(new URL(request.url).searchParams.get(LIVE_SINCE_PARAM));
  if (since === undefined) {
    return Response.json(
      { error: `${LIVE_SINCE_PARAM} must be a time in milliseconds` },
      { status: 400 },
    );
  }
  const updates = await getLiveUpdates(
    { ...article, live: article.live },
    since,
    renderArticleBodyHtml,
  );
  // Shared caches may answer many tabs at once for a few seconds; tabs ask every 15 s.
  return Response.json(updates, { headers: { 'Cache-Control': 'public, max-age=0, s-maxage=5' } });
}
