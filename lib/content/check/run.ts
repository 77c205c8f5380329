import {
  checkArticlesInParallel,
  countCheckThreads,
  startCheckWorker,
} from '@/lib/content/check/parallel';
import { hasCheckCache, openCheckCache } from '@/lib/content/check/cache';
import { getContentIndex } from '@/lib/content/catalog';
import { sortProblems, type ContentProblem } from '@/lib/content/problems';
import { listArticleFiles, type ArticleMeta } from '@/lib/content/source';

/** The problems of every content file, and how many articles were checked or came from the cache. */
export interface ContentCheckRun {
  problems: ContentProblem[];
  /** Number of article files looked at, valid or not. */
  articleCount: number;
  checked: number;
  unchanged: number;
}

/**
 * The content check, the only one: `npm run content:check`, prebuild and the tests run it. It
 * validates frontmatter, authors, sections and every MDX body (parsed, not compiled); articles
 * unchanged since the last check reuse its result (`useCache`), the others are checked on every
 * core (`threads`, one for a single-threaded run).
 */
export async function runContentCheck({
  useCache = true,
  threads,
}: { useCache?: boolean; threads?: number } = {}): Promise<ContentCheckRun> {
  // Without a cache to reuse (a cold build), a large archive is checked on every core: the
  // workers start now and read their index while this thread reads its own.
  const workers =
    useCache && hasCheckCache()
      ? []
      : Array.from(
          { length: countCheckThreads(listArticleFiles().length, { threads }) - 1 },
          startCheckWorker,
        );
  try {
    const index = getContentIndex();
    const cache = useCache ? openCheckCache(index) : undefined;
    const problems: ContentProblem[] = [...index.problems];
    const pending: ArticleMeta[] = [];
    for (const article of index.articles) {
      const cached = cache?.get(article);
      if (cached) problems.push(...cached);
      else pending.push(article);
    }
    for (const [slug, found] of await checkArticlesInParallel(pending, { threads, workers })) {
      problems.push(...found);
      const article = index.articlesBySlug.get(slug);
      if (article) cache?.set(article, found);
    }
    cache?.save();
    return {
      problems: sortProblems(problems),
      articleCount: index.articles.length + index.brokenSlugs.size,
      checked: pending.length,
      unchanged: index.articles.length - pending.length,
    };
  } catch (error) {
    // A worker still waiting for its articles would keep the process alive after the error.
    for (const worker of workers) worker.stop();
    throw error;
  }
}
