import { readIndexNowConfig, readWebSubHub } from '@/lib/indexing/config';
import { createIndexNowNotifications } from '@/lib/indexing/indexnow';
import { sendNotification, type Notification } from '@/lib/indexing/send';
import { createWebSubNotifications } from '@/lib/indexing/websub';
import { frIndexing } from '@/lib/i18n/fr-indexing';
import { FEED_FORMATS, feedPath } from '@/lib/routes';
import { getSiteUrl } from '@/lib/seo/site';

type Env = Readonly<Record<string, string | undefined>>;

/** What readers can see changed: the article URLs to submit and the feeds to announce. */
export interface PublishedChanges {
  /** Site paths of articles published, changed or withdrawn (never a draft or scheduled one). */
  articlePaths: string[];
  /** Site paths of the feeds those articles are or were in. */
  feedPaths: string[];
}

/** Every feed (RSS, Atom, JSON) of the site (`''`) and of the listings at `listingPaths`. */
export function listFeedPaths(listingPaths: readonly string[]): string[] {
  return [...new Set(['', ...listingPaths])].flatMap((listing) =>
    FEED_FORMATS.map((format) => feedPath(format, listing)),
  );
}

/**
 * Submits the changed articles to IndexNow and announces the changed feeds to the WebSub hub,
 * whichever is configured, all requests at once. It never throws and waits at most
 * `timeoutMs` (failures are logged in French): callers run it after publishing, never before.
 */
export async function pushPublishedChanges(
  changes: PublishedChanges,
  {
    env = process.env,
    site = getSiteUrl(),
    timeoutMs,
  }: { env?: Env; site?: URL; timeoutMs?: number } = {},
): Promise<void> {
  if (changes.articlePaths.length === 0) return;
  const indexNow = readIndexNowConfig(env);
  const hub = readWebSubHub(env);
  const batches: { service: string; count: number; notifications: Notification[] }[] = [];
  if (indexNow) {
    const notifications = createIndexNowNotifications(changes.articlePaths, indexNow, site);
    batches.push({ service: 'IndexNow', count: new Set(changes.articlePaths).size, notifications });
  }
  if (hub && changes.feedPaths.length > 0) {
    const notifications = createWebSubNotifications(changes.feedPaths, hub, site);
    batches.push({ service: 'WebSub', count: notifications.length, notifications });
  }
  await Promise.all(
    batches.map(async ({ service, count, notifications }) => {
      const sent = await Promise.all(notifications.map((n) => sendNotification(n, timeoutMs)));
      if (sent.every(Boolean)) console.info(frIndexing.sent(service, count));
    }),
  );
}
