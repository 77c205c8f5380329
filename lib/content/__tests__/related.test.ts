import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  getArticle,
  getRelatedArticles,
  getSectionNeighbours,
  getSectionArticles,
} from '@/lib/content/catalog/queries';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('related articles and section neighbours (shipped content)', () => {
  it('prefers shared tags, never returns the article itself or an unpublished one', () => {
    vi.stubEnv('CONTENT_DIR', 'content');
    const article = getArticle('huawei-liste-noire-washington');
    expect(article).toBeDefined();
    if (!article) return;
    const related = getRelatedArticles(article);
    expect(related).toHaveLength(3);
    const tags = new Set(article.tags.map((tag) => tag.slug));
    const shared = related.map(
      (candidate) => candidate.tags.filter((tag) => tags.has(tag.slug)).length,
    );
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
    expect(shared[0]).toBeGreaterThanOrEqual(2);
    for (const candidate of related) {
      expect(candidate.slug).not.toBe(article.slug);
      expect(candidate.draft).toBe(false);
      expect(getArticle(candidate.slug)).toBe(candidate);
    }
  });

  it('links the previous (older) and next (newer) article of the section', () => {
    vi.stubEnv('CONTENT_DIR', 'content');
    const section = getSectionArticles('mobile');
    const middle = section[1];
    if (!middle) throw new Error('the mobile section needs three articles');
    expect(getSectionNeighbours(middle)).toEqual({ previous: section[2], next: section[0] });
    const newest = section[0];
    if (!newest) return;
    expect(getSectionNeighbours(newest).next).toBeUndefined();
  });
});
