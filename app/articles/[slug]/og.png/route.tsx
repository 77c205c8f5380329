import { createArticleOgImage } from '@/components/seo/article-og-image';
import { getArticle, getPublishedArticles } from '@/lib/content';
import { createNotFoundResponse } from '@/lib/seo/xml';

// Drawn at build time for every published article; a scheduled one gets its image on the first
// request after it goes live.
export const revalidate = 60;

type Context = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getPublishedArticles().map((article) => ({ slug: article.slug }));
}

export async function GET(_request: Request, { params }: Context) {
  const article = getArticle((await params).slug);
  return article ? createArticleOgImage(article) : createNotFoundResponse();
}
