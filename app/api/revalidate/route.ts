import { announceContentReload } from '@/lib/cache/content-sync';
import { invalidateCacheTags } from '@/lib/cache/invalidate';
import { formatProblem, reloadContent } from '@/lib/content';
import { getRevalidateSecret, peekWatchToken } from '@/lib/content/live';
import { frPublishing } from '@/lib/i18n/fr-publishing';
import { schedulePushIndexing } from '@/lib/indexing/reload';
import { matchesSecret, readBearerToken } from '@/lib/security/bearer';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

/**
 * `POST /api/revalidate` with `Authorization: Bearer <REVALIDATE_SECRET>`: rescans the content
 * root (it takes no path from the request), swaps in what changed and expires the cache tags of
 * the affected pages. Answers 404 when no secret is configured, 401 without the right one.
 */
export async function POST(request: Request) {
  const secret = getRevalidateSecret();
  const watchToken = peekWatchToken();
  if (!secret && !watchToken)
    return Response.json({ error: frPublishing.disabled }, { status: 404, headers: NO_STORE });
  const token = readBearerToken(request);
  // Both comparisons always run, so the answer takes as long whichever secret was tried.
  const bySecret = secret ? matchesSecret(token, secret) : false;
  const byWatcher = watchToken ? matchesSecret(token, watchToken) : false;
  if (!bySecret && !byWatcher) {
    if (!secret)
      return Response.json({ error: frPublishing.disabled }, { status: 404, headers: NO_STORE });
    return Response.json({ error: frPublishing.unauthorized }, { status: 401, headers: NO_STORE });
  }
  const report = reloadContent();
  // Other instances (REDIS_URL) learn of it before the shared tags expire, so that none
  // re-renders a page from its older copy.
  if (report.changed) await announceContentReload();
  invalidateCacheTags(report.tags);
  // Search engines and the feed hub hear of it once this answer has gone (IndexNow, WebSub).
  schedulePushIndexing(report);
  const problems = report.problems.map(formatProblem);
  return Response.json(
    {
      changed: report.changed,
      message: report.changed
        ? frPublishing.reloaded(report.changes.articles.length, problems.length)
        : frPublishing.unchanged,
      ...(problems.length > 0 ? { note: frPublishing.keptLastGood } : {}),
      articles: report.changes.articles,
      paths: report.paths,
      tags: report.tags,
      problems,
      durationMs: Math.round(report.durationMs),
    },
    { headers: NO_STORE },
  );
}
