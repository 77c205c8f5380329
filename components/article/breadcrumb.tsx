import Link from 'next/link';
import { fr } from '@/lib/i18n/fr';

/** « À la une › Mobile › Titre »: where the page sits in the site. */
export function Breadcrumb({ items }: { items: readonly { name: string; href?: string }[] }) {
  return (
    <nav aria-label={fr.site.breadcrumb} className="no-print mb-4 text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-2">
        {items.map((item, index) => (
          <li key={item.href ?? item.name} className="flex items-center gap-x-2">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            {item.href ? (
              <Link
                href={item.href}
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
