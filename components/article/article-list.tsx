import { ArticleCard } from '@/components/article/article-card';
import type { ArticleMeta } from '@/lib/content';

/** A list of article cards, or a message when there are none. */
export function ArticleList({
  articles,
  empty,
  headingLevel,
}: {
  articles: readonly ArticleMeta[];
  empty: string;
  headingLevel?: 2 | 3;
}) {
  if (articles.length === 0) return <p className="py-6 text-muted">{empty}</p>;
  return (
    <div>
      {articles.map((article) => (
        <ArticleCard key={article.slug} article={article} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
