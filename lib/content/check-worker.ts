import { parentPort, workerData } from 'node:worker_threads';
import { checkArticleFile } from '@/lib/content/check';
import { getContentIndex } from '@/lib/content/content-index';
import { isShard, selectShard } from '@/lib/content/check-shard';

// A worker of checkAllContentInParallel: checks the bodies of one shard of the indexed articles.
if (!isShard(workerData)) throw new Error('check worker started without a shard');
const articles = selectShard(getContentIndex().articles, workerData);
parentPort?.postMessage(articles.flatMap(checkArticleFile));
