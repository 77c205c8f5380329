import type { ContentIndex } from '@/lib/content/catalog/content-index';
import type { ArticleMeta } from '@/lib/content/source/types';

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
        ? `"${slug}" is a former slug; write slug="${current}"`
        : index.brokenSlugs.has(slug)
          ? `"${slug}" has content errors of its own`
          : `no article has the slug "${slug}"`;
    }
    if (target.slug === from.slug) return 'an article cannot recommend itself';
    if (from.draft) return undefined;
    if (target.draft) return `"${slug}" is a draft: it is never shown to readers`;
    if (target.publishedAt > from.publishedAt) {
      return `"${slug}" is published after this article (${target.date}): readers would see no card until then`;
    }
    return undefined;
  };
}
