import { formatDate, formatTime } from '@/lib/format/dates';
import { fr } from '@/lib/i18n/fr';

/**
 * « Brouillon » / « Programmé » banner above an article readers cannot see yet; in preview on a
 * deployed site, with the button that leaves it (a POST, see `/api/preview/exit`).
 */
export function StatusBanner({
  state,
  date,
  previewing = false,
}: {
  state: 'draft' | 'scheduled';
  date: string;
  previewing?: boolean;
}) {
  return (
    <div
      role="status"
      className="status-banner mb-6 rounded-md border-2 border-dashed border-accent bg-surface p-4 font-semibold text-accent"
    >
      {state === 'draft'
        ? `${fr.article.draft} — ${fr.article.draftNotice}`
        : fr.article.scheduled(`${formatDate(date)} ${fr.article.at} ${formatTime(date)}`)}
      {previewing ? (
        <form method="post" action="/api/preview/exit" className="mt-2">
          <button type="submit" className="min-h-6 underline underline-offset-4">
            {fr.preview.exit}
          </button>
        </form>
      ) : null}
    </div>
  );
}
