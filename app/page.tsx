import { ArticleList } from '@/components/article/article-list';
import { getPublishedArticles } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';

export default function HomePage() {
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title" className="font-serif text-4xl font-bold text-ink">
        {fr.home.title}
      </h1>
      <ArticleList articles={getPublishedArticles()} empty={fr.home.empty} />
    </section>
  );
}
