import Link from 'next/link';
import type { Section } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import {
  ABOUT_PATH,
  archivePath,
  CONTACT_PATH,
  searchPath,
  sectionPath,
  TOPICS_PATH,
} from '@/lib/routes';

const footerLink = 'inline-flex min-h-6 items-center text-muted hover:text-accent hover:underline';

/** The page footer: sections, topics, archives and what the site is. */
export function SiteFooter({ sections }: { sections: readonly Section[] }) {
  return (
    <footer role="contentinfo" className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <nav aria-label={fr.site.footerNavigation}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
            {sections.map((section) => (
              <li key={section.slug}>
                <Link href={sectionPath(section.slug)} className={footerLink}>
                  {section.name}
                </Link>
              </li>
            ))}
            <li>
              <Link href={TOPICS_PATH} className={footerLink}>
                {fr.site.topics}
              </Link>
            </li>
            <li>
              <Link href={archivePath()} className={footerLink}>
                {fr.site.archives}
              </Link>
            </li>
            <li>
              <Link href={searchPath()} className={footerLink}>
                {fr.site.search}
              </Link>
            </li>
            <li>
              <Link href={ABOUT_PATH} className={footerLink}>
                {fr.about.title}
              </Link>
            </li>
            <li>
              <Link href={CONTACT_PATH} className={footerLink}>
                {fr.contact.title}
              </Link>
            </li>
          </ul>
        </nav>
        <p className="mt-6 text-sm text-muted">{fr.site.footer}</p>
      </div>
    </footer>
  );
}
