import { createArticleOgImage } from '@/components/seo/article-og-image';
import { getArticle, getSection, listPrerenderedArticleParams } from '@/lib/content';
import { createNotFoundResponse } from '@/lib/seo/xml';

// Drawn at build time for every prerendered article (the same PRERENDER_LIMIT budget as the
// pages); older and scheduled ones get theirs on the first request, then it is cached.
export const revalidate = 60;

type Context = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return listPrerenderedArticleParams();
}

export async function GET(_request: Request, { params }: Context) {
  const article = getArticle((await params).slug);
  if (!article) return createNotFoundResponse();
  return createArticleOgImage({
    title: article.title,
    section: getSection(article.section)?.name,
  });
}
