import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/seo/og-card';
import { getSection, type ArticleMeta } from '@/lib/content';
import { OG_IMAGE_SIZE } from '@/lib/seo/metadata';
import { loadOgFonts } from '@/lib/seo/og-fonts';

/** The article's Open Graph image: a 1200×630 PNG drawn with the fonts shipped in the repo. */
export async function createArticleOgImage(article: ArticleMeta): Promise<ImageResponse> {
  return new ImageResponse(
    <OgCard title={article.title} section={getSection(article.section)?.name} />,
    { ...OG_IMAGE_SIZE, fonts: await loadOgFonts() },
  );
}
