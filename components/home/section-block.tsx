import { ArticleCard } from '@/components/article/article-card';
import type { ArticleMeta, Section } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { sectionPath } from '@/lib/routes';

/** A section's newest articles on the front page, with a link to the whole section. */
export function SectionBlock({
  section,
  articles,
}: {
  section: Section;
  articles: readonly ArticleMeta[];
}) {
  if (articles.length === 0) return null;
  const id = `rubrique-${section.slug}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="border-b-2 border-accent pb-1 font-serif text-2xl font-bold text-ink">
        <a href={sectionPath(section.slug)} className="hover:text-accent">
          {section.name}
        </a>
      </h2>
      {articles.map((article) => (
        <ArticleCard key={article.slug} article={article} headingLevel={3} />
      ))}
      <p className="mt-3">
        <a
          href={sectionPath(section.slug)}
          className="inline-flex min-h-6 items-center text-sm font-semibold text-accent hover:underline"
        >
          {fr.home.moreIn(section.name)}
        </a>
      </p>
    </section>
  );
}
