import sharp from 'sharp';
import { drawOgCard } from '@/components/seo/article-og-image';
import { lookUpArticle, readPublicImage, type ArticleMeta } from '@/lib/content';
import {
  getArticleRenditions,
  getRenditionPath,
  parseRenditionFileName,
  type Rendition,
} from '@/lib/seo/renditions';
import { getArticleOgCard } from '@/lib/seo/og/og-card-data';
import { ByteBudgetCache, RENDITION_CACHE_BYTES } from '@/lib/seo/og/og-image-cache';
import { createNotFoundResponse } from '@/lib/seo/xml';

// Dynamic: the answer depends on `?v=`. Renditions are kept in a bounded cache of our own, so
// that unknown, draft, scheduled and alias slugs never get a cache entry (as for og.png).
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string; format: string }> };

const renditions = new ByteBudgetCache(RENDITION_CACHE_BYTES);

/** A year, immutable: the URL changes with the picture (its `v` hashes the source and the cut). */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Redirects and 404s may change within a minute (an article is published, an image replaced). */
const SHORT = 'public, max-age=60';

/**
 * `/articles/<slug>/visuel/<16x9|4x3|1x1>.jpg?v=<hash>`: the lead image (or, without one, the
 * sharing card) cut to the ratios Google Discover asks for, made with sharp on the first request
 * of each version and then served from memory. Any other `v` is redirected to the current one;
 * former slugs go to the article's current rendition; anything else is a 404 from the index.
 */
export async function GET(request: Request, { params }: Context) {
  const { slug, format: fileName } = await params;
  const format = parseRenditionFileName(fileName);
  if (!format) return notFound();
  const lookup = lookUpArticle(slug);
  if (lookup.kind === 'redirect') {
    const target = lookUpArticle(lookup.slug);
    if (target.kind !== 'article') return notFound();
    return redirect(getPath(target.article, format), 308);
  }
  if (lookup.kind !== 'article') return notFound();
  const rendition = getArticleRenditions(lookup.article).find((item) => item.format === format);
  if (!rendition) return notFound();
  if (new URL(request.url).searchParams.get('v') !== rendition.version) {
    return redirect(getRenditionPath(lookup.article.slug, rendition), 307);
  }
  let jpeg = renditions.get(rendition.version);
  if (!jpeg) {
    const source = await readSource(lookup.article, rendition);
    if (!source) return notFound();
    jpeg = await cut(source, rendition);
    renditions.set(rendition.version, jpeg);
  }
  return new Response(new Uint8Array(jpeg), {
    headers: { 'Content-Type': 'image/jpeg', 'Cache-Control': IMMUTABLE },
  });
}

function getPath(article: ArticleMeta, format: Rendition['format']): string {
  const rendition = getArticleRenditions(article).find((item) => item.format === format);
  return rendition ? getRenditionPath(article.slug, rendition) : '/';
}

async function readSource(article: ArticleMeta, rendition: Rendition): Promise<Buffer | undefined> {
  if (rendition.source.kind === 'image') return readPublicImage(rendition.source.src);
  // The card drawn at the rendition's own size: the crop below then cuts nothing.
  return drawOgCard(getArticleOgCard(article), {
    width: rendition.width,
    height: rendition.height,
  });
}

/** The rendition's size, cropped around what matters (a photo) or exact (a card), as a JPEG. */
async function cut(source: Buffer, rendition: Rendition): Promise<Buffer> {
  return sharp(source)
    .rotate()
    .resize({
      width: rendition.width,
      height: rendition.height,
      fit: 'cover',
      position: 'attention',
    })
    .jpeg({ quality: 82, progressive: true, mozjpeg: true })
    .toBuffer();
}

function redirect(location: string, status: 307 | 308): Response {
  return new Response(null, { status, headers: { Location: location, 'Cache-Control': SHORT } });
}

function notFound(): Response {
  const response = createNotFoundResponse();
  response.headers.set('Cache-Control', SHORT);
  return response;
}
