import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkAllContent, checkArticleFile, type ContentReport } from '@/lib/content/check';
import { selectShard } from '@/lib/content/check-shard';
import { getContentIndex } from '@/lib/content/content-index';
import { sortProblems, type ContentProblem } from '@/lib/content/problems';

/** Below this many articles per thread, starting a worker costs more than it saves. */
export const MIN_ARTICLES_PER_THREAD = 300;

const WORKER_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then(({ register }) => { register(); return import(workerData.entry); });
`;

function isProblemList(value: unknown): value is ContentProblem[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && 'file' in item);
}

function checkShardInWorker(index: number, count: number): Promise<ContentProblem[]> {
  return new Promise((resolve, reject) => {
    // A worker does not inherit the TypeScript loader (tsx) of this thread: it registers it first.
    const worker = new Worker(WORKER_BOOTSTRAP, {
      eval: true,
      workerData: { index, count, entry: new URL('./check-worker.ts', import.meta.url).href },
    });
    worker.once('message', (message: unknown) => {
      if (isProblemList(message)) resolve(message);
      else reject(new Error('check worker sent an unexpected message'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`check worker exited with code ${code}`));
    });
  });
}

/**
 * The same report as {@link checkAllContent}, with MDX bodies checked on every core: this thread
 * takes one shard and worker threads the others. Small archives are checked on this thread only.
 */
export async function checkAllContentInParallel({
  threads = os.availableParallelism(),
  minArticlesPerThread = MIN_ARTICLES_PER_THREAD,
}: { threads?: number; minArticlesPerThread?: number } = {}): Promise<ContentReport> {
  const index = getContentIndex();
  const count = Math.min(threads, Math.floor(index.articles.length / minArticlesPerThread));
  if (count < 2) return checkAllContent();
  const others = Array.from({ length: count - 1 }, (_, shard) => checkShardInWorker(shard + 1, count));
  const own = selectShard(index.articles, { index: 0, count }).flatMap(checkArticleFile);
  const problems = [...index.problems, ...own, ...(await Promise.all(others)).flat()];
  return { problems: sortProblems(problems), articleCount: index.articles.length + index.brokenSlugs.size };
}
