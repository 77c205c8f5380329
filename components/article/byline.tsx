import type { Author } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';

/** « Par Alice Martin et Bruno Petit ». */
export function Byline({ authors }: { authors: readonly Author[] }) {
  const names = authors.map((author) => author.name);
  const joined =
    names.length > 1
      ? `${names.slice(0, -1).join(', ')} ${fr.article.and} ${names.at(-1)}`
      : names.join('');
  return (
    <p className="text-sm font-medium text-ink">
      {fr.article.by} <span className="byline-author">{joined}</span>
    </p>
  );
}
