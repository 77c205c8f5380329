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

/** The page footer: sections, topics, archives and what the site is. */
export function SiteFooter({ sections }: { sections: readonly Section[] }) {
  return (
    <footer role="contentinfo" className="site-footer">
      <div className="footer-inner">
        <nav aria-label={fr.site.footerNavigation}>
          <ul className="footer-links">
            {sections.map((section) => (
              <li key={section.slug}>
                <Link href={sectionPath(section.slug)}>{section.name}</Link>
              </li>
            ))}
            <li>
              <Link href={TOPICS_PATH}>{fr.site.topics}</Link>
            </li>
            <li>
              <Link href={archivePath()}>{fr.site.archives}</Link>
            </li>
            <li>
              <Link href={searchPath()}>{fr.site.search}</Link>
            </li>
            <li>
              <Link href={ABOUT_PATH}>{fr.about.title}</Link>
            </li>
            <li>
              <Link href={CONTACT_PATH}>{fr.contact.title}</Link>
            </li>
          </ul>
        </nav>
        <p className="footer-note">{fr.site.footer}</p>
      </div>
    </footer>
  );
}
