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

/** One full garbage collection (V8 Mark-Compact) of the server, read from `--trace-gc`. */
export interface FullCollection {
  /** Milliseconds since the server's isolate started. */
  atMs: number;
  /** Heap in use before and after the collection (MB as V8 prints them); after = live heap. */
  beforeMiB: number;
  liveMiB: number;
}

const MARK_COMPACT =
  /(\d+) ms: Mark-Compact(?: \([^)]*\))? ([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/g;

/** The full collections in a chunk of `node --trace-gc` output, in order. */
export function parseFullCollections(text: string): FullCollection[] {
  return [...text.matchAll(MARK_COMPACT)].map((match) => ({
    atMs: Number(match[1]),
    beforeMiB: Number(match[2]),
    liveMiB: Number(match[3]),
  }));
}

/**
 * Full collections after which V8's old generation has found its working size. Before the
 * second one, the heap grows towards about four times the live data (V8's growing factor when
 * collections are cheap), which reads as growth in RSS but is garbage waiting to be collected.
 */
export const STEADY_AFTER_FULL_COLLECTIONS = 2;

/** RSS readings (one a second) over which the warm-up looks for a level, and its tolerance. */
export const LEVEL_WINDOW_SECONDS = 30;
export const LEVEL_TOLERANCE_MIB = 10;

/**
 * Whether RSS sampled each second has levelled off: the median of the last five readings is
 * less than `LEVEL_TOLERANCE_MIB` above the median of the five taken `LEVEL_WINDOW_SECONDS`
 * earlier. V8 raises its heap limit over several full collections under a new load (its
 * growing factor adapts to how cheap collections are), so RSS climbs for a minute or two
 * before it reflects what the server keeps.
 */
export function hasLevelledOff(rssMiB: readonly number[]): boolean {
  if (rssMiB.length < LEVEL_WINDOW_SECONDS + 5) return false;
  const median = (values: readonly number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const recent = median(rssMiB.slice(-5));
  const earlier = median(rssMiB.slice(-LEVEL_WINDOW_SECONDS - 5, -LEVEL_WINDOW_SECONDS));
  return recent - earlier < LEVEL_TOLERANCE_MIB;
}

/** Largest growth accepted of the live heap (after full collections) during the soak. */
export const MAX_LIVE_HEAP_GROWTH_MIB = 20;

/**
 * Growth of the live heap over the soak: the live heap after the last full collection minus
 * the lowest after any earlier one from `baseline` (the warm-up's last) on. A leak keeps what
 * every request allocates, so the live heap climbs from one collection to the next; a bounded
 * cache stops. 0 with fewer than two readings.
 */
export function measureLiveHeapGrowth(
  collections: readonly FullCollection[],
  baseline?: FullCollection,
): number {
  const readings = baseline ? [baseline, ...collections] : [...collections];
  const last = readings.at(-1);
  if (!last || readings.length < 2) return 0;
  const lowest = Math.min(...readings.slice(0, -1).map((reading) => reading.liveMiB));
  return last.liveMiB - lowest;
}

/** The live-heap verdict, given the collections of the soak and the warm-up's last one. */
export function judgeLiveHeap(
  collections: readonly FullCollection[],
  baseline?: FullCollection,
): string[] {
  const growth = measureLiveHeapGrowth(collections, baseline);
  return growth >= MAX_LIVE_HEAP_GROWTH_MIB
    ? [
        `live heap grew ${growth.toFixed(1)} MiB across full collections (limit ${MAX_LIVE_HEAP_GROWTH_MIB})`,
      ]
    : [];
}
