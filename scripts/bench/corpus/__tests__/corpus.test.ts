import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runContentCheck } from '@/lib/content/check';
import { formatProblem, getPublishedArticles } from '@/lib/content';
import {
  copySeedArticle,
  generateCorpus,
  SEED_SLUG,
  writeCorpus,
} from '@/scripts/bench/corpus/corpus';

const digest = (files: ReturnType<typeof generateCorpus>) =>
  createHash('sha256').update(JSON.stringify(files)).digest('hex');

const temporary: string[] = [];

function writeTemporaryCorpus(count: number): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-corpus-'));
  temporary.push(root);
  writeCorpus(root, generateCorpus({ count }));
  copySeedArticle(process.cwd(), root);
  return root;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(() => {
  for (const root of temporary) fs.rmSync(root, { recursive: true, force: true });
});

describe('generateCorpus', () => {
  it('gives byte-identical files for the same count and seed', () => {
    expect(digest(generateCorpus({ count: 50, seed: 7 }))).toBe(
      digest(generateCorpus({ count: 50, seed: 7 })),
    );
  });

  it('gives other files for another seed, and a prefix of the same corpus for a smaller count', () => {
    expect(digest(generateCorpus({ count: 50, seed: 8 }))).not.toBe(
      digest(generateCorpus({ count: 50, seed: 7 })),
    );
    const small = generateCorpus({ count: 20, seed: 7 });
    expect(generateCorpus({ count: 50, seed: 7 }).slice(0, small.length)).toEqual(small);
  });

  it('writes one file per article with unique slugs, plus sections and authors', () => {
    const files = generateCorpus({ count: 300 });
    const articles = files.filter((file) => file.path.startsWith('articles/'));
    expect(articles).toHaveLength(300);
    expect(new Set(articles.map((file) => file.path)).size).toBe(300);
    expect(files.some((file) => file.path === 'sections.yaml')).toBe(true);
  });

  it('uses headings, bold, hashtags, tweets and credits somewhere in the corpus', () => {
    const text = generateCorpus({ count: 100 })
      .map((file) => file.text)
      .join('\n');
    for (const marker of ['\n## ', '**', '<Hashtag>', '<Tweet author=', '<Credit>', '](/tags/']) {
      expect(text).toContain(marker);
    }
  });

  it('passes the content check, every article of it, and includes the seed article', async () => {
    const root = writeTemporaryCorpus(400);
    vi.stubEnv('CONTENT_DIR', root);
    const report = await runContentCheck({ useCache: false, threads: 1 });
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.articleCount).toBe(401);
    const published = getPublishedArticles();
    expect(published.some((article) => article.slug === SEED_SLUG)).toBe(true);
    // About 1 % are drafts: the rest is published, newest first.
    expect(published.length).toBeGreaterThan(380);
    // Checking 400 articles takes seconds on a busy shared machine: no speed is asserted here.
  }, 60_000);
});
