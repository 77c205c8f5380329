import { readIndexNowConfig } from '@/lib/indexing/config';
import { matchesSecret } from '@/lib/security/bearer';
import { createNotFoundResponse } from '@/lib/seo/xml';

/**
 * The answer to `/<name>.txt`: the key as text/plain when `name` is the configured IndexNow key
 * (compared in constant time), else the site's 404. Nothing is read from disk.
 */
export function respondWithIndexNowKey(name: string): Response {
  const key = readIndexNowConfig()?.key;
  if (!key || !matchesSecret(name, key)) return createNotFoundResponse();
  return new Response(key, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  });
}
