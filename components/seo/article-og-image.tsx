import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/seo/og-card';
import { OG_IMAGE_SIZE } from '@/lib/seo/metadata';
import { loadOgFonts } from '@/lib/seo/og-fonts';

/** An article's Open Graph image: a 1200×630 PNG drawn with the fonts shipped in the repo. */
export async function createArticleOgImage({
  title,
  section,
}: {
  title: string;
  /** The section's name, when the article's section exists. */
  section: string | undefined;
}): Promise<ImageResponse> {
  return new ImageResponse(<OgCard title={title} section={section} />, {
    ...OG_IMAGE_SIZE,
    fonts: await loadOgFonts(),
  });
}
