import { getNow } from '@/lib/content/catalog/clock';
import type { ArticleMeta } from '@/lib/content/source/types';

/** Where a live blog's coverage stands: readers see « En direct » or « Terminé ». */
export type LiveStatus = 'live' | 'ended';

/** The coverage status of a live blog at `now`, or undefined for an ordinary article. */
export function getLiveStatus(article: ArticleMeta, now = getNow()): LiveStatus | undefined {
  if (!article.live) return undefined;
  const end = article.live.end ? Date.parse(article.live.end) : Number.POSITIVE_INFINITY;
  return now < end ? 'live' : 'ended';
}
