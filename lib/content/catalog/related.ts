import type { ArticleMeta } from '@/lib/content/source';

/**
 * Articles to read next: most shared tags first, then same section, then newest. Never the
 * article itself; `candidates` is the published list, so never a draft.
 */
export function pickRelatedArticles(
  article: ArticleMeta,
  candidates: readonly ArticleMeta[],
  limit = 3,
): ArticleMeta[] {
  const tags = new Set(article.tags.map((tag) => tag.slug));
  return candidates
    .filter((candidate) => candidate.slug !== article.slug)
    .map((candidate) => ({
      candidate,
      shared: candidate.tags.filter((tag) => tags.has(tag.slug)).length,
      sameSection: candidate.section === article.section ? 1 : 0,
    }))
    .filter((entry) => entry.shared > 0 || entry.sameSection > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        b.sameSection - a.sameSection ||
        b.candidate.publishedAt - a.candidate.publishedAt,
    )
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

/** The previous (older) and next (newer) articles of the same section. */
export function findSectionNeighbours(
  article: ArticleMeta,
  sectionArticles: readonly ArticleMeta[],
): { previous: ArticleMeta | undefined; next: ArticleMeta | undefined } {
  const index = sectionArticles.findIndex((candidate) => candidate.slug === article.slug);
  if (index < 0) return { previous: undefined, next: undefined };
  // Section lists are newest first: the older article is after, the newer one before.
  return {
    previous: sectionArticles[index + 1],
    next: index > 0 ? sectionArticles[index - 1] : undefined,
  };
}
