import type { Crumb } from '@/lib/breadcrumb';
import { fr } from '@/lib/i18n/fr';

/** « À la une › Mobile › Titre »: where the page sits in the site; the last crumb is the page. */
export function Breadcrumb({ trail }: { trail: readonly Crumb[] }) {
  return (
    <nav aria-label={fr.site.breadcrumb} className="breadcrumb no-print">
      <ol>
        {trail.map((item, index) => (
          <li key={index < trail.length - 1 ? item.path : item.name}>
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            {index < trail.length - 1 ? (
              <a href={item.path}>{item.name}</a>
            ) : (
              <span aria-current="page">{item.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
