import { FEED_FORMATS, getFeedFileName, getFeedFormat, type FeedFormat } from '@/lib/routes';
import { FEED_MEDIA_TYPES } from '@/lib/seo/feed-links';
import { createFeedEntries, type BodyRenderer } from '@/lib/seo/feeds/feed-entries';
import type { FeedSource } from '@/lib/seo/feeds/feed-sources';
import { renderJsonFeed } from '@/lib/seo/feeds/render-json-feed';
import { renderAtom, renderRss } from '@/lib/seo/feeds/render-xml-feed';
import { createNotFoundResponse } from '@/lib/seo/xml';

const RENDERERS: Record<FeedFormat, typeof renderRss> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJsonFeed,
};

/** A feed document in `format`, with its media type. */
export async function renderFeed(
  source: FeedSource,
  format: FeedFormat,
  renderBody: BodyRenderer,
): Promise<{ body: string; contentType: string }> {
  const entries = await createFeedEntries(source.articles, renderBody);
  return {
    body: RENDERERS[format](source, entries),
    contentType: `${FEED_MEDIA_TYPES[format]}; charset=utf-8`,
  };
}

/**
 * The response of a feed route: the feed named by `fileName` (`rss.xml`, `atom.xml`,
 * `feed.json`) of `source`, or 404 when the source or the file name is unknown.
 */
export async function respondWithFeed(
  source: FeedSource | undefined,
  fileName: string,
  renderBody: BodyRenderer,
): Promise<Response> {
  const format = getFeedFormat(fileName);
  if (!source || !format) return createNotFoundResponse();
  const { body, contentType } = await renderFeed(source, format, renderBody);
  return new Response(body, { headers: { 'Content-Type': contentType } });
}

/** `generateStaticParams` entries of a feed route: one per format. */
export function listFeedFiles(): { file: string }[] {
  return FEED_FORMATS.map((format) => ({ file: getFeedFileName(format) }));
}
