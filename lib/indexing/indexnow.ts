import type { IndexNowConfig } from '@/lib/indexing/config';
import type { Notification } from '@/lib/indexing/send';

/** IndexNow accepts at most this many URLs per request. */
export const INDEXNOW_URL_LIMIT = 10_000;

/** The JSON body of an IndexNow submission (https://www.indexnow.org/documentation). */
export interface IndexNowPayload {
  host: string;
  key: string;
  /** Where the engine checks the key: `/<key>.txt` on the site. */
  keyLocation: string;
  urlList: string[];
}

/** The key file's site path: `/<key>.txt`. */
export function indexNowKeyPath(key: string): string {
  return `/${key}.txt`;
}

/**
 * The IndexNow submissions for `paths` (site paths) on the site at `site`: absolute URLs, each
 * once, at most {@link INDEXNOW_URL_LIMIT} per request. No path gives no request.
 */
export function buildIndexNowPayloads(
  paths: readonly string[],
  key: string,
  site: URL,
): IndexNowPayload[] {
  const urls = [...new Set(paths.map((path) => new URL(path, site).href))];
  const payloads: IndexNowPayload[] = [];
  for (let start = 0; start < urls.length; start += INDEXNOW_URL_LIMIT) {
    payloads.push({
      host: site.host,
      key,
      keyLocation: new URL(indexNowKeyPath(key), site).href,
      urlList: urls.slice(start, start + INDEXNOW_URL_LIMIT),
    });
  }
  return payloads;
}

/** The notifications that submit `paths` to IndexNow. */
export function createIndexNowNotifications(
  paths: readonly string[],
  config: IndexNowConfig,
  site: URL,
): Notification[] {
  return buildIndexNowPayloads(paths, config.key, site).map((payload) => ({
    service: 'IndexNow',
    url: config.endpoint,
    contentType: 'application/json; charset=utf-8',
    body: JSON.stringify(payload),
  }));
}
