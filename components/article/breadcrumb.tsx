import Link from 'next/link';
import type { Crumb } from '@/lib/breadcrumb';
import { fr } from '@/lib/i18n/fr';

/** « À la une › Mobile › Titre »: where the page sits in the site; the last crumb is the page. */
export function Breadcrumb({ trail }: { trail: readonly Crumb[] }) {
  return (
    <nav aria-label={fr.site.breadcrumb} className="no-print mb-4 text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-2">
        {trail.map((item, index) => (
          <li
            key={index < trail.length - 1 ? item.path : item.name}
            className="flex items-center gap-x-2"
          >
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            {index < trail.length - 1 ? (
              <Link
                href={item.path}
                className="inline-flex min-h-6 items-center hover:text-accent hover:underline"
              >
                {item.name}
              </Link>
            ) : (
              <span aria-current="page" className="line-clamp-1">
                {item.name}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
