import { Byline } from '@/components/article/byline';
import { Dateline } from '@/components/article/dateline';
import { getReadingMinutes, type ArticleMeta, type Author, type Section } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { sectionPath } from '@/lib/routes';

/** Section kicker, headline (the page's only h1), dek, byline, dateline and reading time. */
export function ArticleHeader({
  article,
  authors,
  section,
}: {
  article: ArticleMeta;
  authors: readonly Author[];
  section: Section | undefined;
}) {
  return (
    <header className="article-header">
      {section ? (
        <p className="kicker">
          <a href={sectionPath(section.slug)}>{section.name}</a>
        </p>
      ) : null}
      <h1 className="headline">{article.title}</h1>
      <p className="dek">{article.description}</p>
      <div className="mt-6 space-y-1">
        <Byline authors={authors} />
        {/* A live blog is updated by its entries: the newest one dates it, as in its JSON-LD. */}
        <Dateline date={article.date} updated={article.live ? article.modified : article.updated} />
        <p className="text-sm text-muted">
          {fr.article.readingTime(getReadingMinutes(article.wordCount))}
        </p>
      </div>
    </header>
  );
}
