import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getArticle, getPublishedArticles, listPrerenderedArticleParams } from '@/lib/content';
import { DEFAULT_PRERENDER_LIMIT, readPrerenderLimit } from '@/lib/content/catalog/prerender';
import { generateCorpus, writeCorpus } from '@/scripts/bench/corpus/corpus';

let root = '';

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-prerender-'));
  writeCorpus(root, generateCorpus({ count: 120 }));
});

beforeEach(() => {
  vi.unstubAllEnvs();
  vi.stubEnv('CONTENT_DIR', root);
});

afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('readPrerenderLimit', () => {
  it('defaults to all of a small archive', () => {
    expect(readPrerenderLimit(undefined)).toBe(DEFAULT_PRERENDER_LIMIT);
    expect(readPrerenderLimit(' ')).toBe(DEFAULT_PRERENDER_LIMIT);
  });

  it('reads a count, zero and "all"', () => {
    expect(readPrerenderLimit('250')).toBe(250);
    expect(readPrerenderLimit('0')).toBe(0);
    expect(readPrerenderLimit('ALL')).toBe(Number.POSITIVE_INFINITY);
  });

  it.each(['-1', '1e3', 'tout', '10.5'])('refuses %j with a clear message', (value) => {
    expect(() => readPrerenderLimit(value)).toThrow(
      /PRERENDER_LIMIT must be a whole number or "all"/,
    );
  });
});

describe('listPrerenderedArticleParams', () => {
  it('prerenders the newest published articles, up to the limit', () => {
    vi.stubEnv('PRERENDER_LIMIT', '25');
    const newest = getPublishedArticles()
      .slice(0, 25)
      .map((article) => ({ slug: article.slug }));
    expect(listPrerenderedArticleParams()).toEqual(newest);
  });

  it('prerenders every published article, and no draft, when the limit is above the count', () => {
    vi.stubEnv('PRERENDER_LIMIT', 'all');
    const params = listPrerenderedArticleParams();
    expect(params).toHaveLength(getPublishedArticles().length);
    expect(params.every(({ slug }) => getArticle(slug) !== undefined)).toBe(true);
  });

  it('leaves older articles to the first request, where the index still finds them', () => {
    vi.stubEnv('PRERENDER_LIMIT', '0');
    expect(listPrerenderedArticleParams()).toEqual([]);
    const oldest = getPublishedArticles().at(-1);
    expect(oldest && getArticle(oldest.slug)).toBe(oldest);
    expect(getArticle('article-inconnu')).toBeUndefined();
  });
});
