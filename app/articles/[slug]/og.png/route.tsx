import { drawOgCard } from '@/components/seo/article-og-image';
import { lookUpArticle } from '@/lib/content';
import { createNotFoundResponse } from '@/lib/seo/xml';
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

/** A year, immutable: the URL changes with the card (its `v` is a hash of what it shows). */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Redirects and 404s may change within a minute (an article is published, a card edited). */
const SHORT = 'public, max-age=60';

/**
 * `/articles/<slug>/og.png?v=<hash>`: the card, drawn once per version. Any other `v` (or none)
 * is redirected to the current one; former slugs go to the article's current card; anything
 * that is not a published article is a 404 computed from the index alone.
 */
export async function GET(request: Request, { params }: Context) {
  const lookup = lookUpArticle((await params).slug);
  if (lookup.kind === 'redirect') {
    const target = lookUpArticle(lookup.slug);
    if (target.kind !== 'article') return notFound();
    return redirect(getArticleOgImagePath(target.article), 308);
  }
  if (lookup.kind !== 'article') return notFound();
  const card = getArticleOgCard(lookup.article);
  const version = getOgCardVersion(card);
  if (new URL(request.url).searchParams.get('v') !== version) {
    return redirect(getArticleOgImagePath(lookup.article), 307);
  }
  let png = cards.get(version);
  if (!png) {
    png = await drawOgCard(card);
    cards.set(version, png);
  }
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': IMMUTABLE },
  });
}

function redirect(location: string, status: 307 | 308): Response {
  return new Response(null, { status, headers: { Location: location, 'Cache-Control': SHORT } });
}

function notFound(): Response {
  const response = createNotFoundResponse();
  response.headers.set('Cache-Control', SHORT);
  return response;
}
