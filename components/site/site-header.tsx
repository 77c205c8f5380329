import { SearchForm } from '@/components/site/search-form';
import { ThemeToggle } from '@/components/site/theme-toggle';
import type { Section } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { archivePath, searchPath, sectionPath, TOPICS_PATH } from '@/lib/routes';

/**
 * The masthead: site name, tagline, search, theme toggle and the section navigation. On a phone
 * it stays under 120 px so that an article's headline is in the first screen: the tagline is
 * left out, search is a link to the search page (a form there, without JavaScript) and the
 * sections are one row that scrolls sideways.
 */
export function SiteHeader({ sections }: { sections: readonly Section[] }) {
  return (
    <header role="banner" className="site-header">
      <div className="masthead">
        <div className="min-w-0">
          <a href="/" className="site-name">
            {fr.site.name}
          </a>
          <p className="site-tagline">{fr.site.tagline}</p>
        </div>
        <div className="masthead-tools">
          <div className="hidden sm:block">
            <SearchForm compact />
          </div>
          <a href={searchPath()} className="icon-button sm:hidden">
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
          </a>
          <ThemeToggle />
        </div>
      </div>
      <nav aria-label={fr.site.mainNavigation} className="site-nav">
        <ul className="nav-strip">
          <li>
            <a href="/">{fr.site.home}</a>
          </li>
          {sections.map((section) => (
            <li key={section.slug}>
              <a href={sectionPath(section.slug)}>{section.name}</a>
            </li>
          ))}
          <li>
            <a href={TOPICS_PATH}>{fr.site.topics}</a>
          </li>
          <li>
            <a href={archivePath()}>{fr.site.archives}</a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
