import type { ArticleMeta } from '@/lib/content';
import { formatDate } from '@/lib/format/dates';
import { fr } from '@/lib/i18n/fr';

/** « Rectificatif » box at the top of a corrected article, newest correction first. */
export function Corrections({ corrections }: { corrections: ArticleMeta['corrections'] }) {
  if (corrections.length === 0) return null;
  const newestFirst = [...corrections].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  return (
    <aside
      aria-labelledby="rectificatif"
      className="mb-8 rounded-md border-l-4 border-accent bg-surface p-4"
    >
      <h2 id="rectificatif" className="text-sm font-bold uppercase tracking-wider text-accent">
        {fr.article.corrections}
      </h2>
      <ul className="mt-2 space-y-2 text-base text-ink">
        {newestFirst.map((correction) => (
          <li key={correction.date}>
            <time dateTime={correction.date} className="font-semibold">
              {fr.article.correctionOf(formatDate(correction.date))}
            </time>{' '}
            : {correction.text}
          </li>
        ))}
      </ul>
    </aside>
  );
}
