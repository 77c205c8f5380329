import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/seo/og-card';
import { OG_IMAGE_SIZE } from '@/lib/seo/metadata';
import { loadOgFonts } from '@/lib/seo/og-fonts';
import type { OgCardData } from '@/lib/seo/og/og-card-data';

/**
 * The one entry of the Open Graph drawing: a card's data (see `getArticleOgCard`) in, a
 * PNG out (1200×630 unless told otherwise: the card's flexbox layout fills any size), drawn with
 * the fonts shipped in the repo. Callers that need the same card
 * elsewhere (other sizes, Discover images) should start here.
 */
export async function drawOgCard(
  card: OgCardData,
  size: { width: number; height: number } = OG_IMAGE_SIZE,
): Promise<Buffer> {
  const response = new ImageResponse(<OgCard title={card.title} section={card.section} />, {
    ...size,
    fonts: await loadOgFonts(),
  });
  return Buffer.from(await response.arrayBuffer());
}
