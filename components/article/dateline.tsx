import { formatDate, formatTime } from '@/lib/format/dates';
import { fr } from '@/lib/i18n/fr';

/** « Publié le 9 janvier 2018 à 18 h 30 », and the update date when there is one. */
export function Dateline({ date, updated }: { date: string; updated?: string | undefined }) {
  return (
    <p className="text-sm text-muted">
      {fr.article.published}{' '}
      <time dateTime={date}>
        {formatDate(date)} {fr.article.at} {formatTime(date)}
      </time>
      {updated ? (
        <>
          {' · '}
          {fr.article.updated}{' '}
          <time dateTime={updated}>
            {formatDate(updated)} {fr.article.at} {formatTime(updated)}
          </time>
        </>
      ) : null}
    </p>
  );
}
