import { parentPort } from 'node:worker_threads';
import { checkArticles } from '@/lib/content/check/parallel';
import { getContentIndex } from '@/lib/content/catalog';

// A worker of checkArticlesInParallel: reads its own index at once, then checks the articles it is
// sent by slug and posts their problems back.
const index = getContentIndex();
parentPort?.once('message', (data: unknown) => {
  if (!Array.isArray(data)) throw new Error('check worker sent something other than a slug list');
  const slugs = new Set(data);
  parentPort?.postMessage(
    checkArticles(index.articles.filter((article) => slugs.has(article.slug))),
  );
});
