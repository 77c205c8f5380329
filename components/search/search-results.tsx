import type { SearchResult, TextSegment } from '@/lib/content';
import { formatDate } from '@/lib/format/dates';
import { fr } from '@/lib/i18n/fr';
import { articlePath } from '@/lib/routes';

function Highlighted({ segments }: { segments: readonly TextSegment[] }) {
  return segments.map((segment, index) =>
    segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
  );
}

/** The result count and list, or the no-result message. */
export function SearchResults({
  query,
  results,
}: {
  query: string;
  results: readonly SearchResult[];
}) {
  if (results.length === 0) {
    return (
      <p role="status" className="mt-6 text-ink">
        {fr.search.noResults(query)}
      </p>
    );
  }
  return (
    <>
      <p role="status" className="mt-6 text-sm text-muted">
        {fr.search.resultsFor(query, results.length)}
      </p>
      <ol className="mt-2">
        {results.map(({ article, title, excerpt }) => (
          <li key={article.slug} className="border-b border-line py-5">
            <h2 className="font-serif text-xl font-bold text-ink">
              <a href={articlePath(article.slug)} className="hover:text-accent hover:underline">
                <Highlighted segments={title} />
              </a>
            </h2>
            <p className="mt-2 text-muted">
              <Highlighted segments={excerpt} />
            </p>
            <p className="mt-1 text-sm text-muted">
              <time dateTime={article.date}>{formatDate(article.date)}</time>
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
