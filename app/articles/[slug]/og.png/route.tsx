import { drawOgCard } from '@/components/seo/article-og-image';
import { lookUpArticle } from '@/lib/content';
import {
  IMMUTABLE_CACHE,
  notFoundBriefly,
  redirectBriefly,
} from '@/lib/seo/og/versioned-responses';
import {
  getArticleOgCard,
  getArticleOgImagePath,
  getOgCardVersion,
} from '@/lib/seo/og/og-card-data';
import { ByteBudgetCache, OG_IMAGE_CACHE_BYTES } from '@/lib/seo/og/og-image-cache';

// Dynamic: the answer depends on `?v=`. Cards are kept in a bounded cache of our own instead of
// Next's, so that unknown, draft, scheduled and alias slugs never get a cache entry.
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string }> };

const cards = new ByteBudgetCache(OG_IMAGE_CACHE_BYTES);

/**
 * `/articles/<slug>/og.png?v=<hash>`: the card, drawn once per version. Any other `v` (or none)
 * is redirected to the current one; former slugs go to the article's current card; anything
 * that is not a published article is a 404 computed from the index alone.
 */
export async function GET(request: Request, { params }: Context) {
  const lookup = lookUpArticle((await params).slug);
  if (lookup.kind === 'redirect') {
    const target = lookUpArticle(lookup.slug);
    if (target.kind !== 'article') return notFoundBriefly();
    return redirectBriefly(getArticleOgImagePath(target.article), 308);
  }
  if (lookup.kind !== 'article') return notFoundBriefly();
  const card = getArticleOgCard(lookup.article);
  const version = getOgCardVersion(card);
  if (new URL(request.url).searchParams.get('v') !== version) {
    return redirectBriefly(getArticleOgImagePath(lookup.article), 307);
  }
  let png = cards.get(version);
  if (!png) {
    png = await drawOgCard(card);
    cards.set(version, png);
  }
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': IMMUTABLE_CACHE },
  });
}
