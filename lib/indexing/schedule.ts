import { getPublishedArticles, onContentReload } from '@/lib/content';
import { isPushIndexingEnabled } from '@/lib/indexing/config';
import { listFeedPaths, pushPublishedChanges, type PublishedChanges } from '@/lib/indexing/push';
import { articlePath, sectionPath, tagPath } from '@/lib/routes';

/** How often a server looks for scheduled articles that went live: pages regenerate as often. */
const CHECK_INTERVAL_MS = 60_000;

const STARTED = Symbol.for('manchette.scheduled-push');
const holder = globalThis as typeof globalThis & { [STARTED]?: () => void };

const listPublishedSlugs = () => new Set(getPublishedArticles().map((article) => article.slug));

/**
 * A check for articles that went live on their own (a scheduled `date` passed, with no reload or
 * build to notice): each call returns those published since the previous call, with the feeds
 * they joined. Articles a reload published are the webhook's to announce, not this check's.
 * Returns the check and a function that stops following reloads.
 */
export function createGoLiveCheck(): { check: () => PublishedChanges; stop: () => void } {
  let known = listPublishedSlugs();
  // Only the articles a reload touched become known: a scheduled one that went live meanwhile
  // is still this check's to announce.
  const stop = onContentReload((report) => {
    const published = listPublishedSlugs();
    for (const slug of report.changes.articles) {
      if (published.has(slug)) known.add(slug);
      else known.delete(slug);
    }
  });
  const check = (): PublishedChanges => {
    const articles = getPublishedArticles().filter((article) => !known.has(article.slug));
    known = listPublishedSlugs();
    if (articles.length === 0) return { articlePaths: [], feedPaths: [] };
    const listings = articles.flatMap((article) => [
      sectionPath(article.section),
      ...article.tags.map((tag) => tagPath(tag.slug)),
    ]);
    return {
      articlePaths: articles.map((article) => articlePath(article.slug)),
      feedPaths: listFeedPaths(listings),
    };
  };
  return { check, stop };
}

/**
 * On a production server with IndexNow or WebSub configured, announces scheduled articles once
 * a minute after they go live. Starting twice in one process is a no-op; returns a stop function.
 */
export function startScheduledPush(): () => void {
  if (holder[STARTED]) return holder[STARTED];
  if (!isPushIndexingEnabled()) return () => undefined;
  const { check, stop: stopFollowing } = createGoLiveCheck();
  const timer = setInterval(() => {
    const changes = check();
    if (changes.articlePaths.length > 0) void pushPublishedChanges(changes);
  }, CHECK_INTERVAL_MS);
  // The check never keeps a process alive on its own.
  timer.unref();
  const stop = () => {
    clearInterval(timer);
    stopFollowing();
    holder[STARTED] = undefined;
  };
  holder[STARTED] = stop;
  return stop;
}
