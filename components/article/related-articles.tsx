import { ArticleCard } from '@/components/article/article-card';
import type { ArticleMeta } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';

/** « À lire aussi »: articles sharing tags or the section. */
export function RelatedArticles({ articles }: { articles: readonly ArticleMeta[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="a-lire-aussi" className="related no-print">
      <h2 id="a-lire-aussi">{fr.article.related}</h2>
      {articles.map((article) => (
        <ArticleCard key={article.slug} article={article} headingLevel={3} />
      ))}
    </section>
  );
}
