import { formatDate, formatTime } from '@/lib/format/dates';
import { fr } from '@/lib/i18n/fr';

/** « Brouillon » / « Programmé » banner above an article readers cannot see yet. */
export function StatusBanner({ state, date }: { state: 'draft' | 'scheduled'; date: string }) {
  return (
    <p
      role="status"
      className="status-banner mb-6 rounded-md border-2 border-dashed border-accent bg-surface p-4 font-semibold text-accent"
    >
      {state === 'draft'
        ? `${fr.article.draft} — ${fr.article.draftNotice}`
        : fr.article.scheduled(`${formatDate(date)} ${fr.article.at} ${formatTime(date)}`)}
    </p>
  );
}
