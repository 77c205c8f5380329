import { createArticleOgImage } from '@/components/seo/article-og-image';
import { getArticle, getSection, listPrerenderedArticleParams } from '@/lib/content';
import { createNotFoundResponse } from '@/lib/seo/xml';
import { declareCacheTags } from '@/lib/cache/declare';
import { articleTag } from '@/lib/cache/tags';

// Drawn at build time for every prerendered article (the same PRERENDER_LIMIT budget as the
// pages); older and scheduled ones get theirs on the first request, then it is cached.

type Context = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return listPrerenderedArticleParams();
}

export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  await declareCacheTags([articleTag(slug)]);
  const article = getArticle(slug);
  if (!article) return createNotFoundResponse();
  return createArticleOgImage({
    title: article.title,
    section: getSection(article.section)?.name,
  });
}
