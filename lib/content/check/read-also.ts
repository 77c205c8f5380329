import type { ContentIndex } from '@/lib/content/catalog/content-index';
import type { ArticleMeta } from '@/lib/content/source/types';
import { editorFr } from '@/lib/i18n/editor-fr';

/**
 * Builds the check of `<LireAussi slug>` written in `from`: the target must be another article
 * under its current slug, and published whenever `from` is (a draft or an article scheduled
 * after `from` would leave readers with no card, and must never leak).
 */
export function createReadAlsoChecker(index: ContentIndex, from: ArticleMeta) {
  return (slug: string): string | undefined => {
    const target = index.articlesBySlug.get(slug);
    if (!target) {
      const current = index.aliases.get(slug);
      return current
        ? editorFr.readAlso.formerSlug(slug, current)
        : index.brokenSlugs.has(slug)
          ? editorFr.readAlso.broken(slug)
          : editorFr.links.noArticle(slug);
    }
    if (target.slug === from.slug) return editorFr.readAlso.self;
    if (from.draft) return undefined;
    if (target.draft) return editorFr.readAlso.draft(slug);
    if (target.publishedAt > from.publishedAt) {
      return editorFr.readAlso.later(slug, target.date);
    }
    return undefined;
  };
}
