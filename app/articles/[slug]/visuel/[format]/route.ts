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
import {
  IMMUTABLE_CACHE,
  notFoundBriefly,
  redirectBriefly,
} from '@/lib/seo/og/versioned-responses';

// Dynamic: the answer depends on `?v=`. Renditions are kept in a bounded cache of our own, so
// that unknown, draft, scheduled and alias slugs never get a cache entry (as for og.png).
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ slug: string; format: string }> };

const renditions = new ByteBudgetCache(RENDITION_CACHE_BYTES);

/**
 * `/articles/<slug>/visuel/<16x9|4x3|1x1>.jpg?v=<hash>`: the lead image (or, without one, the
 * sharing card) cut to the ratios Google Discover asks for, made with sharp on the first request
 * of each version and then served from memory. Any other `v` is redirected to the current one;
 * former slugs go to the article's current rendition; anything else is a 404 from the index.
 */
export async function GET(request: Request, { params }: Context) {
  const { slug, format: fileName } = await params;
  const format = parseRenditionFileName(fileName);
  if (!format) return notFoundBriefly();
  const lookup = lookUpArticle(slug);
  if (lookup.kind === 'redirect') {
    const target = lookUpArticle(lookup.slug);
    if (target.kind !== 'article') return notFoundBriefly();
    return redirectBriefly(getPath(target.article, format), 308);
  }
  if (lookup.kind !== 'article') return notFoundBriefly();
  const rendition = getArticleRenditions(lookup.article).find((item) => item.format === format);
  if (!rendition) return notFoundBriefly();
  if (new URL(request.url).searchParams.get('v') !== rendition.version) {
    return redirectBriefly(getRenditionPath(lookup.article.slug, rendition), 307);
  }
  let jpeg = renditions.get(rendition.version);
  if (!jpeg) {
    const source = await readSource(lookup.article, rendition);
    if (!source) return notFoundBriefly();
    jpeg = await cut(source, rendition);
    renditions.set(rendition.version, jpeg);
  }
  return new Response(new Uint8Array(jpeg), {
    headers: { 'Content-Type': 'image/jpeg', 'Cache-Control': IMMUTABLE_CACHE },
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
