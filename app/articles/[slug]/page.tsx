import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleHeader } from '@/components/article/article-header';
import { TagList } from '@/components/article/tag-list';
import { MdxContent } from '@/components/mdx/mdx-content';
import {
  findArticleForRoute,
  getArticle,
  getArticleAuthors,
  getSection,
  listPrerenderedArticleParams,
  readArticleSource,
} from '@/lib/content';
import { articlePath } from '@/lib/routes';

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return listPrerenderedArticleParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.description,
    alternates: { canonical: articlePath(article.slug) },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = findArticleForRoute((await params).slug);
  if (!article) notFound();
  return (
    <article className="mx-auto max-w-3xl">
      <ArticleHeader
        article={article}
        authors={getArticleAuthors(article)}
        section={getSection(article.section)}
      />
      <div className="article-body prose prose-lg max-w-none font-serif">
        <MdxContent source={readArticleSource(article)} />
      </div>
      <TagList tags={article.tags} />
    </article>
  );
}
