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
                <a href={sectionPath(section.slug)}>{section.name}</a>
              </li>
            ))}
            <li>
              <a href={TOPICS_PATH}>{fr.site.topics}</a>
            </li>
            <li>
              <a href={archivePath()}>{fr.site.archives}</a>
            </li>
            <li>
              <a href={searchPath()}>{fr.site.search}</a>
            </li>
            <li>
              <a href={ABOUT_PATH}>{fr.about.title}</a>
            </li>
            <li>
              <a href={CONTACT_PATH}>{fr.contact.title}</a>
            </li>
          </ul>
        </nav>
        <p className="footer-note">{fr.site.footer}</p>
      </div>
    </footer>
  );
}
