import { getSection, type ArticleMeta } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { articlePath, sectionPath } from '@/lib/routes';

/** One step of a breadcrumb trail. */
export interface Crumb {
  name: string;
  path: string;
}

/**
 * « À la une › Mobile › Titre »: the trail above an article, ending with the article itself. The
 * page shows it and its JSON-LD `BreadcrumbList` repeats it, so the two cannot drift apart.
 */
export function getArticleBreadcrumb(article: ArticleMeta): Crumb[] {
  const section = getSection(article.section);
  return [
    { name: fr.site.home, path: '/' },
    ...(section ? [{ name: section.name, path: sectionPath(section.slug) }] : []),
    { name: article.title, path: articlePath(article.slug) },
  ];
}
