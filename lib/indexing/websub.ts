import type { Notification } from '@/lib/indexing/send';

/**
 * The notifications that tell a WebSub hub that feeds changed: one form POST
 * `hub.mode=publish&hub.url=<feed URL>` per feed, as hubs such as Google's expect.
 */
export function createWebSubNotifications(
  feedPaths: readonly string[],
  hub: string,
  site: URL,
): Notification[] {
  const feeds = [...new Set(feedPaths.map((path) => new URL(path, site).href))];
  return feeds.map((feed) => ({
    service: 'WebSub',
    url: hub,
    contentType: 'application/x-www-form-urlencoded',
    body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': feed }).toString(),
  }));
}
