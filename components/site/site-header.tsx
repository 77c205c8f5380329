import Link from 'next/link';
import { fr } from '@/lib/i18n/fr';

/** The masthead: site name, tagline and main navigation. */
export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-end justify-between gap-x-6 gap-y-2 px-4 py-4 sm:px-6">
        <div>
          <Link
            href="/"
            className="font-serif text-3xl font-bold tracking-tight text-ink no-underline"
          >
            {fr.site.name}
          </Link>
          <p className="text-sm text-muted">{fr.site.tagline}</p>
        </div>
        <nav aria-label={fr.site.mainNavigation}>
          <ul className="flex gap-4 text-sm font-medium">
            <li>
              <Link href="/" className="inline-block min-h-6 py-1 text-ink hover:text-accent">
                {fr.site.home}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
