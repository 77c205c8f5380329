import Link from 'next/link';
import { SearchForm } from '@/components/site/search-form';
import { ThemeToggle } from '@/components/site/theme-toggle';
import type { Section } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { archivePath, searchPath, sectionPath, TOPICS_PATH } from '@/lib/routes';

const navLink =
  'inline-flex min-h-10 items-center px-1 text-ink hover:text-accent hover:underline underline-offset-4';

/**
 * The masthead: site name, tagline, search, theme toggle and the section navigation. On a phone
 * it stays under 120 px so that an article's headline is in the first screen: the tagline is
 * left out, search is a link to the search page (a form there, without JavaScript) and the
 * sections are one row that scrolls sideways.
 */
export function SiteHeader({ sections }: { sections: readonly Section[] }) {
  return (
    <header role="banner" className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 pt-2 sm:flex-wrap sm:gap-4 sm:px-6 sm:pt-4">
        <div className="min-w-0">
          <Link
            href="/"
            className="font-serif text-3xl font-bold tracking-tight text-ink sm:text-4xl"
          >
            {fr.site.name}
          </Link>
          <p className="hidden text-sm text-muted sm:block">{fr.site.tagline}</p>
        </div>
        <div className="flex shrink-0 items-center gap-2 sm:gap-3">
          <div className="hidden sm:block">
            <SearchForm compact />
          </div>
          <Link
            href={searchPath()}
            className="inline-flex h-10 w-10 items-center justify-center rounded-full border border-line text-ink hover:border-accent hover:text-accent sm:hidden"
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              width="20"
              height="20"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            >
              <circle cx="11" cy="11" r="7" />
              <path d="m20 20-4-4" />
            </svg>
            <span className="sr-only">{fr.search.label}</span>
          </Link>
          <ThemeToggle />
        </div>
      </div>
      <nav aria-label={fr.site.mainNavigation} className="mx-auto max-w-6xl sm:px-6">
        <ul className="nav-strip flex gap-x-4 overflow-x-auto px-4 py-1 text-sm font-medium whitespace-nowrap sm:flex-wrap sm:gap-y-1 sm:overflow-visible sm:px-0 sm:py-2 sm:whitespace-normal">
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
