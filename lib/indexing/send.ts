import { frIndexing } from '@/lib/i18n/fr-indexing';

/** How long a search engine or hub gets to answer before the notification is given up. */
export const PUSH_TIMEOUT_MS = 5_000;

/** One notification: a POST to a far service that must never hold up or break publishing. */
export interface Notification {
  /** The service's name in logs (« IndexNow », « WebSub »). */
  service: string;
  url: string;
  contentType: string;
  body: string;
}

/**
 * Posts `notification`, giving up after `timeoutMs`. It never throws: a refusal, a timeout or
 * an unreachable host is logged in French, naming the service and its host only (the URL's path
 * and query may carry a token). Resolves true when the far side accepted (2xx).
 */
export async function sendNotification(
  notification: Notification,
  timeoutMs = PUSH_TIMEOUT_MS,
): Promise<boolean> {
  const { service, url } = notification;
  const host = new URL(url).host;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': notification.contentType },
      body: notification.body,
      // A redirect is reported as the far side's answer, not followed: the body would be
      // posted to an address nobody configured.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The answer's body is not needed; cancelling it frees the connection.
    await response.body?.cancel().catch(() => undefined);
    if (response.ok) return true;
    console.error(frIndexing.refused(service, host, response.status));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      console.error(frIndexing.timedOut(service, host, timeoutMs / 1000));
    } else {
      console.error(frIndexing.unreachable(service, host, describeError(error)));
    }
  }
  return false;
}

/** A short reason for a network failure (`ECONNREFUSED`), without the request's URL. */
function describeError(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string')
    return cause.code;
  return error instanceof Error ? error.name : 'erreur inconnue';
}
