import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/seo/og-card';
import { OG_IMAGE_SIZE } from '@/lib/seo/metadata';
import { loadOgFonts } from '@/lib/seo/og-fonts';
import type { OgCardData } from '@/lib/seo/og/og-card-data';

/**
 * The one entry of the Open Graph drawing: a card's data (see `getArticleOgCard`) in, a
 * 1200×630 PNG out, drawn with the fonts shipped in the repo. Callers that need the same card
 * elsewhere (other sizes, Discover images) should start here.
 */
export async function drawOgCard(card: OgCardData): Promise<Buffer> {
  const response = new ImageResponse(<OgCard title={card.title} section={card.section} />, {
    ...OG_IMAGE_SIZE,
    fonts: await loadOgFonts(),
  });
  return Buffer.from(await response.arrayBuffer());
}
