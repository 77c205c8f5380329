import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkArticlesInParallel, startCheckWorker } from '@/lib/content/check/parallel';
import { runContentCheck } from '@/lib/content/check/run';
import { selectShard } from '@/lib/content/check/shard';
import { getContentIndex } from '@/lib/content/catalog/content-index';
import { formatProblem } from '@/lib/content/problems';
import { generateCorpus, writeCorpus } from '@/scripts/bench/corpus/corpus';

let root = '';
let edited = '';

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-check-'));
  const files = generateCorpus({ count: 80 });
  writeCorpus(root, files);
  const articles = files.filter((file) => file.path.startsWith('articles/'));
  // Two broken bodies, far apart, so that each lands in a different shard.
  fs.appendFileSync(path.join(root, articles[3]?.path ?? ''), '\n<script>alert(1)</script>\n');
  fs.appendFileSync(
    path.join(root, articles[70]?.path ?? ''),
    '\nVoir <Hashtag>Inconnu</Hashtag>.\n',
  );
  edited = path.join(root, articles[40]?.path ?? '');
  vi.stubEnv('CONTENT_DIR', root);
});

afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('checkArticlesInParallel', () => {
  it('finds exactly what the single-threaded check finds, using a worker thread', async () => {
    const single = await runContentCheck({ useCache: false, threads: 1 });
    const expected = single.problems.map(formatProblem);
    const found = await checkArticlesInParallel(getContentIndex().articles, {
      threads: 2,
      minArticlesPerThread: 10,
    });
    expect(found).toHaveLength(80);
    expect(found.flatMap(([, problems]) => problems.map(formatProblem)).sort()).toEqual(
      [...expected].sort(),
    );
    expect(expected.map((line) => line.split(' ')[1]).sort()).toEqual(['Hashtag:', 'html:']);
    // Starting a worker loads TypeScript again: slow on a busy machine, hence the generous bound.
  }, 60_000);

  it('uses a worker started before the index was read, with the same result', async () => {
    const single = await runContentCheck({ useCache: false, threads: 1 });
    const worker = startCheckWorker();
    const found = await checkArticlesInParallel(getContentIndex().articles, {
      threads: 2,
      minArticlesPerThread: 10,
      workers: [worker],
    });
    expect(found).toHaveLength(80);
    expect(found.flatMap(([, problems]) => problems.map(formatProblem)).sort()).toEqual(
      single.problems.map(formatProblem).sort(),
    );
  }, 60_000);

  it('ends a worker started in advance when the articles are too few to share', async () => {
    const worker = startCheckWorker();
    const stop = vi.spyOn(worker, 'stop');
    const found = await checkArticlesInParallel(getContentIndex().articles.slice(0, 5), {
      threads: 2,
      minArticlesPerThread: 10,
      workers: [worker],
    });
    expect(found).toHaveLength(5);
    expect(stop).toHaveBeenCalledOnce();
  }, 60_000);
});

describe('runContentCheck', () => {
  it('re-checks only what changed, and reports the same problems as a full check', async () => {
    const first = await runContentCheck({ threads: 1 });
    const full = await runContentCheck({ useCache: false, threads: 1 });
    expect(full).toMatchObject({ checked: 80, unchanged: 0 });
    expect(first.problems.map(formatProblem)).toEqual(full.problems.map(formatProblem));
    const second = await runContentCheck({ threads: 1 });
    expect(second).toMatchObject({ checked: 0, unchanged: 80 });
    expect(second.problems).toEqual(first.problems);
    fs.appendFileSync(edited, '\nUn lien <iframe src="https://example.org"></iframe> ajouté.\n');
    const third = await runContentCheck({ threads: 1 });
    expect(third).toMatchObject({ checked: 1, unchanged: 79 });
    expect(third.problems.length).toBe(first.problems.length + 1);
  }, 60_000);
});

describe('selectShard', () => {
  it('splits a list into interleaved parts that cover it once', () => {
    const items = Array.from({ length: 7 }, (_, index) => index);
    const shards = [0, 1, 2].map((index) => selectShard(items, { index, count: 3 }));
    expect(shards).toEqual([
      [0, 3, 6],
      [1, 4],
      [2, 5],
    ]);
  });
});
