/** What one soak run measured. */
export interface SoakFigures {
  durationSeconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Socket errors and timeouts. */
  errors: number;
  /** Responses by status code, per path. */
  statuses: Record<string, Record<number, number>>;
  /** Server RSS (MiB) sampled each second after the warm-up. */
  rssMiB: number[];
}

/** Largest memory growth accepted after warm-up. */
export const MAX_GROWTH_MIB = 50;

/** Memory growth: median of the last five samples minus median of the first five. */
export function measureGrowth(rssMiB: readonly number[]): number {
  const median = (values: readonly number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  };
  if (rssMiB.length < 10) return 0;
  return median(rssMiB.slice(-5)) - median(rssMiB.slice(0, 5));
}

/**
 * Everything wrong with a run: any error or timeout, any 5xx, any status other than the one a
 * path must answer (`expected`), and memory growth past the bound.
 */
export function judgeSoak(figures: SoakFigures, expected: Record<string, number>): string[] {
  const failures: string[] = [];
  if (figures.errors > 0) failures.push(`${figures.errors} socket errors or timeouts`);
  for (const [path, statuses] of Object.entries(figures.statuses)) {
    for (const [status, count] of Object.entries(statuses)) {
      if (Number(status) >= 500) failures.push(`${count} × ${status} on ${path}`);
      else if (Number(status) !== expected[path])
        failures.push(`${count} × ${status} on ${path} (expected ${expected[path]})`);
    }
  }
  const growth = measureGrowth(figures.rssMiB);
  if (growth >= MAX_GROWTH_MIB)
    failures.push(`memory grew ${growth.toFixed(1)} MiB after warm-up (limit ${MAX_GROWTH_MIB})`);
  return failures;
}

/** What the flood of unknown article URLs measured. */
export interface FloodFigures {
  /** Distinct random slugs requested. */
  requests: number;
  /** Responses by status. */
  statuses: Record<number, number>;
  /** `x-nextjs-cache` of the seed article before and after the flood. */
  seedCacheBefore: string;
  seedCacheAfter: string;
  /** Server RSS (MiB) just before and just after the flood. */
  rssBeforeMiB: number;
  rssAfterMiB: number;
  /** Server RSS (MiB) sampled each second during the flood. */
  rssMiB: number[];
}

/**
 * Largest growth accepted over the second half of the flood. The first half may fill the
 * bounded page cache (50 MB of 404 pages) and raise the allocator's high-water mark; past it,
 * memory must level off: every URL is new, so a leak would keep growing at the same pace.
 */
export const MAX_FLOOD_LATE_GROWTH_MIB = 50;

/** Growth over the second half of a series: median of the last five minus the middle sample. */
export function measureLateGrowth(rssMiB: readonly number[]): number {
  if (rssMiB.length < 10) return 0;
  const middle = rssMiB[Math.floor(rssMiB.length / 2)] ?? 0;
  const last = [...rssMiB.slice(-5)].sort((a, b) => a - b)[2] ?? 0;
  return last - middle;
}

/**
 * Everything wrong with a flood: an answer other than 404, the seed article no longer served
 * from the cache afterwards (HIT or STALE; a MISS means it was evicted), or memory that does not
 * level off.
 */
export function judgeFlood(figures: FloodFigures): string[] {
  const failures: string[] = [];
  for (const [status, count] of Object.entries(figures.statuses)) {
    if (Number(status) !== 404) failures.push(`flood: ${count} × ${status} (expected 404)`);
  }
  if (!['HIT', 'STALE'].includes(figures.seedCacheAfter)) {
    failures.push(
      `flood: the seed article was evicted from the page cache (${figures.seedCacheBefore} → ${figures.seedCacheAfter || 'no x-nextjs-cache'})`,
    );
  }
  const late = measureLateGrowth(figures.rssMiB);
  if (late >= MAX_FLOOD_LATE_GROWTH_MIB) {
    failures.push(
      `flood: memory still grew ${late.toFixed(1)} MiB over its second half (limit ${MAX_FLOOD_LATE_GROWTH_MIB})`,
    );
  }
  return failures;
}
