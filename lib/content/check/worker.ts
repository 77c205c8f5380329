import { parentPort, workerData } from 'node:worker_threads';
import { checkArticles } from '@/lib/content/check/parallel';
import { getContentIndex } from '@/lib/content/catalog';

// A worker of checkArticlesInParallel: checks the articles it was given by slug, in its own index.
const data: unknown = workerData;
const slugs =
  typeof data === 'object' && data !== null && 'slugs' in data && Array.isArray(data.slugs)
    ? new Set(data.slugs)
    : undefined;
if (!slugs) throw new Error('check worker started without a list of slugs');
parentPort?.postMessage(
  checkArticles(getContentIndex().articles.filter((article) => slugs.has(article.slug))),
);
