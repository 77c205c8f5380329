import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { generateCorpus, writeCorpus } from '@/scripts/bench/corpus/corpus';

// A server warms its search index in the background at start: requests get through while it
// builds, and the first search finds what a fully built index would.
let root = '';

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-warm-'));
  writeCorpus(root, generateCorpus({ count: 400, seed: 3 }));
  vi.stubEnv('CONTENT_DIR', root);
  vi.resetModules();
  // The index is process-wide (one copy for every bundle of `next start`): start without one.
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('manchette.search-index')];
});

afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(root, { recursive: true, force: true });
});

it('builds the index in batches, letting other work run in between', async () => {
  const { getPublishedArticles, searchArticles, warmSearchIndex } = await import('@/lib/content');
  const articles = getPublishedArticles();
  expect(articles.length).toBeGreaterThan(300);
  let ticks = 0;
  const timer = setInterval(() => {
    ticks += 1;
  }, 0);
  let done = false;
  const warming = warmSearchIndex().then(() => {
    done = true;
  });
  // Other work gets the event loop while the index is being built.
  await new Promise((resolve) => setImmediate(resolve));
  expect(done).toBe(false);
  await warming;
  clearInterval(timer);
  expect(ticks).toBeGreaterThan(0);
  const target = articles[articles.length - 1];
  if (!target) throw new Error('no article');
  const word = target.title.split(' ').find((part) => part.length > 6) ?? target.title;
  expect(searchArticles(word).map((hit) => hit.article.slug)).toContain(target.slug);
});

it('a search that comes while it warms builds the index itself, and the warm-up keeps it', async () => {
  const { getPublishedArticles, searchArticles, warmSearchIndex, whenSearchIndexReady } =
    await import('@/lib/content');
  const [newest] = getPublishedArticles();
  if (!newest) throw new Error('no article');
  const warming = warmSearchIndex();
  const word = newest.title.split(' ').find((part) => part.length > 6) ?? newest.title;
  expect(searchArticles(word).map((hit) => hit.article.slug)).toContain(newest.slug);
  await warming;
  await whenSearchIndexReady();
  expect(searchArticles(word).map((hit) => hit.article.slug)).toContain(newest.slug);
});

it('is one index for every copy of the module, as the bundles of next start load it', async () => {
  const first = await import('@/lib/content');
  await first.warmSearchIndex();
  vi.resetModules();
  const second = await import('@/lib/content');
  // The second copy waits for nothing and builds nothing: it reads the warmed index.
  const [newest] = second.getPublishedArticles();
  if (!newest) throw new Error('no article');
  const word = newest.title.split(' ').find((part) => part.length > 6) ?? newest.title;
  const reads = vi.spyOn(fs, 'readFileSync');
  expect(second.searchArticles(word).map((hit) => hit.article.slug)).toContain(newest.slug);
  const articleReads = reads.mock.calls.filter(([file]) => String(file).endsWith('.mdx'));
  reads.mockRestore();
  expect(articleReads).toEqual([]);
});
