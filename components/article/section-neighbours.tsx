import type { ArticleMeta } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { articlePath } from '@/lib/routes';

/** Previous (older) and next (newer) article of the same section. */
export function SectionNeighbours({
  previous,
  next,
}: {
  previous: ArticleMeta | undefined;
  next: ArticleMeta | undefined;
}) {
  if (!previous && !next) return null;
  const item = (label: string, article: ArticleMeta, rel: 'prev' | 'next') => (
    <a href={articlePath(article.slug)} rel={rel}>
      <span>{label}</span>
      <span>{article.title}</span>
    </a>
  );
  return (
    <nav aria-label={fr.article.neighbours} className="neighbours no-print">
      <div>{previous ? item(fr.article.previous, previous, 'prev') : null}</div>
      <div className="sm:text-right">{next ? item(fr.article.next, next, 'next') : null}</div>
    </nav>
  );
}
