import Link from 'next/link';
import { SearchForm } from '@/components/site/search-form';
import { ThemeToggle } from '@/components/site/theme-toggle';
import type { Section } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { archivePath, sectionPath, TOPICS_PATH } from '@/lib/routes';

const navLink =
  'inline-flex min-h-10 items-center px-1 text-ink hover:text-accent hover:underline underline-offset-4';

/** The masthead: site name, tagline, search, theme toggle and the section navigation. */
export function SiteHeader({ sections }: { sections: readonly Section[] }) {
  return (
    <header role="banner" className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 pt-4 sm:px-6">
        <div>
          <Link
            href="/"
            className="font-serif text-3xl font-bold tracking-tight text-ink sm:text-4xl"
          >
            {fr.site.name}
          </Link>
          <p className="text-sm text-muted">{fr.site.tagline}</p>
        </div>
        <div className="flex w-full items-center gap-3 sm:w-auto">
          <SearchForm compact />
          <ThemeToggle />
        </div>
      </div>
      <nav aria-label={fr.site.mainNavigation} className="mx-auto max-w-6xl px-4 sm:px-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 py-2 text-sm font-medium">
          <li>
            <Link href="/" className={navLink}>
              {fr.site.home}
            </Link>
          </li>
          {sections.map((section) => (
            <li key={section.slug}>
              <Link href={sectionPath(section.slug)} className={navLink}>
                {section.name}
              </Link>
            </li>
          ))}
          <li>
            <Link href={TOPICS_PATH} className={navLink}>
              {fr.site.topics}
            </Link>
          </li>
          <li>
            <Link href={archivePath()} className={navLink}>
              {fr.site.archives}
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
