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

/** Checks the articles with these slugs in a worker thread, which reads its own index. */
function checkInWorker(slugs: string[]): Promise<ArticleProblems> {
  return new Promise((resolve, reject) => {
    // A worker does not inherit the TypeScript loader (tsx) of this thread: it registers it first.
    const worker = new Worker(WORKER_BOOTSTRAP, {
      eval: true,
      workerData: { slugs, entry: new URL('./worker.ts', import.meta.url).href },
    });
    worker.once('message', (message: unknown) => {
      if (isArticleProblems(message)) resolve(message);
      else reject(new Error('check worker sent an unexpected message'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`check worker exited with code ${code}`));
    });
  });
}

/** Checks articles on this thread. */
export function checkArticles(articles: readonly ArticleMeta[]): ArticleProblems {
  return articles.map((article) => [article.slug, checkArticleFile(article)]);
}

/**
 * Checks the MDX bodies of `articles` on every core: this thread takes one shard and worker
 * threads the others. A few articles are checked on this thread only.
 */
export async function checkArticlesInParallel(
  articles: readonly ArticleMeta[],
  {
    threads = os.availableParallelism(),
    minArticlesPerThread = MIN_ARTICLES_PER_THREAD,
  }: { threads?: number; minArticlesPerThread?: number } = {},
): Promise<ArticleProblems> {
  const count = Math.min(threads, Math.floor(articles.length / minArticlesPerThread));
  if (count < 2) return checkArticles(articles);
  const others = Array.from({ length: count - 1 }, (_, shard) =>
    checkInWorker(
      selectShard(articles, { index: shard + 1, count }).map((article) => article.slug),
    ),
  );
  const own = checkArticles(selectShard(articles, { index: 0, count }));
  return [...own, ...(await Promise.all(others)).flat()];
}
