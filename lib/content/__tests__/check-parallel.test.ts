import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkAllContent } from '@/lib/content/check';
import { checkAllContentInParallel } from '@/lib/content/check-parallel';
import { selectShard } from '@/lib/content/check-shard';
import { formatProblem } from '@/lib/content/problems';
import { generateCorpus, writeCorpus } from '@/scripts/bench/corpus/corpus';

let root = '';

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-check-'));
  const files = generateCorpus({ count: 80 });
  writeCorpus(root, files);
  const articles = files.filter((file) => file.path.startsWith('articles/'));
  // Two broken bodies, far apart, so that each lands in a different shard.
  fs.appendFileSync(path.join(root, articles[3]?.path ?? ''), '\n<script>alert(1)</script>\n');
  fs.appendFileSync(path.join(root, articles[70]?.path ?? ''), '\nVoir <Hashtag>Inconnu</Hashtag>.\n');
  vi.stubEnv('CONTENT_DIR', root);
});

afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('checkAllContentInParallel', () => {
  it('reports exactly what the single-threaded check reports, using worker threads', async () => {
    const expected = checkAllContent();
    const parallel = await checkAllContentInParallel({ threads: 2, minArticlesPerThread: 10 });
    expect(parallel.articleCount).toBe(80);
    expect(parallel.problems.map(formatProblem)).toEqual(expected.problems.map(formatProblem));
    expect(expected.problems.map((problem) => problem.field).sort()).toEqual(['Hashtag', 'html']);
    // Starting a worker loads TypeScript again: slow on a busy machine, hence the generous bound.
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
