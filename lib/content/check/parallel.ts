import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkArticleFile } from '@/lib/content/check/article';
import { selectShard } from '@/lib/content/check/shard';
import type { ContentProblem } from '@/lib/content/problems';
import type { ArticleMeta } from '@/lib/content/source';

/**
 * Below this many articles per thread, starting a worker (TypeScript loader, modules, its own
 * index) costs about what it saves: measured at 1,000 articles, two threads were slower.
 */
export const MIN_ARTICLES_PER_THREAD = 2500;

/** Problems of each checked article, by slug (an empty list for a clean article). */
export type ArticleProblems = [slug: string, problems: ContentProblem[]][];

const WORKER_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then(({ register }) => { register(); return import(workerData.entry); });
`;

function isArticleProblems(value: unknown): value is ArticleProblems {
  return (
    Array.isArray(value) &&
    value.every(
      (item) => Array.isArray(item) && typeof item[0] === 'string' && Array.isArray(item[1]),
    )
  );
}

/**
 * A check worker thread. It reads its own content index as soon as it starts, then checks the
 * articles whose slugs it is sent. Started before this thread reads the index, the worker's
 * start-up (TypeScript loader, modules, index: about 4 s at 10,000 articles) overlaps this
 * thread's own instead of following it.
 */
export interface CheckWorker {
  /** Checks these articles (in the worker's index) and ends the worker. */
  check(slugs: string[]): Promise<ArticleProblems>;
  /** Ends a worker that turned out not to be needed. */
  stop(): void;
}

export function startCheckWorker(): CheckWorker {
  // A worker does not inherit the TypeScript loader (tsx) of this thread: it registers it first.
  const worker = new Worker(WORKER_BOOTSTRAP, {
    eval: true,
    workerData: { entry: new URL('./worker.ts', import.meta.url).href },
  });
  const result = new Promise<ArticleProblems>((resolve, reject) => {
    worker.once('message', (message: unknown) => {
      if (isArticleProblems(message)) resolve(message);
      else reject(new Error('check worker sent an unexpected message'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`check worker exited with code ${code}`));
    });
  });
  // A worker that fails before it is given work must not crash the check: `check` reports it.
  result.catch(() => {});
  return {
    check(slugs) {
      worker.postMessage(slugs);
      return result;
    },
    stop() {
      void worker.terminate();
    },
  };
}

/** How many threads a check of `articles` articles uses: one per core, if each gets enough. */
export function countCheckThreads(
  articles: number,
  { threads = os.availableParallelism(), minArticlesPerThread = MIN_ARTICLES_PER_THREAD } = {},
): number {
  return Math.max(1, Math.min(threads, Math.floor(articles / minArticlesPerThread)));
}

/** Checks articles on this thread. */
export function checkArticles(articles: readonly ArticleMeta[]): ArticleProblems {
  return articles.map((article) => [article.slug, checkArticleFile(article)]);
}

/**
 * Checks the MDX bodies of `articles` on every core: this thread takes one shard and worker
 * threads the others. A few articles are checked on this thread only. `workers` are threads
 * started earlier (`startCheckWorker`): used first, and ended when not needed.
 */
export async function checkArticlesInParallel(
  articles: readonly ArticleMeta[],
  {
    threads,
    minArticlesPerThread,
    workers = [],
  }: { threads?: number; minArticlesPerThread?: number; workers?: readonly CheckWorker[] } = {},
): Promise<ArticleProblems> {
  const count = countCheckThreads(articles.length, { threads, minArticlesPerThread });
  const helpers = workers.slice(0, count - 1);
  for (const unused of workers.slice(helpers.length)) unused.stop();
  while (helpers.length < count - 1) helpers.push(startCheckWorker());
  if (count < 2) return checkArticles(articles);
  const others = helpers.map((worker, shard) =>
    worker.check(selectShard(articles, { index: shard + 1, count }).map((article) => article.slug)),
  );
  const own = checkArticles(selectShard(articles, { index: 0, count }));
  return [...own, ...(await Promise.all(others)).flat()];
}
