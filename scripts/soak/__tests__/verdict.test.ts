import { describe, expect, it } from 'vitest';
import {
  hasLevelledOff,
  LEVEL_WINDOW_SECONDS,
  judgeFlood,
  judgeLiveHeap,
  judgeSoak,
  MAX_FLOOD_LATE_GROWTH_MIB,
  MAX_LIVE_HEAP_GROWTH_MIB,
  measureLateGrowth,
  measureGrowth,
  measureLiveHeapGrowth,
  parseFullCollections,
  type FloodFigures,
  type FullCollection,
  type SoakFigures,
} from '@/scripts/soak/verdict';

const base: SoakFigures = {
  durationSeconds: 60,
  connections: 50,
  requests: 1000,
  requestsPerSecond: 16,
  p50Ms: 10,
  p99Ms: 40,
  errors: 0,
  statuses: { '/': { 200: 900 }, '/articles/inconnu': { 404: 100 } },
  rssMiB: [300, 301, 302, 300, 301, 305, 306, 304, 303, 305, 306],
};
const expected = { '/': 200, '/articles/inconnu': 404 };

describe('soak verdict', () => {
  it('passes a clean run', () => {
    expect(judgeSoak(base, expected)).toEqual([]);
  });

  it('fails on any 5xx, unexpected status, error or memory growth', () => {
    expect(
      judgeSoak({ ...base, statuses: { ...base.statuses, '/': { 200: 899, 500: 1 } } }, expected),
    ).toEqual(['1 × 500 on /']);
    expect(
      judgeSoak(
        { ...base, statuses: { ...base.statuses, '/articles/inconnu': { 200: 3 } } },
        expected,
      ),
    ).toEqual(['3 × 200 on /articles/inconnu (expected 404)']);
    expect(judgeSoak({ ...base, errors: 2 }, expected)).toEqual(['2 socket errors or timeouts']);
    const leaking = [300, 300, 300, 300, 300, 380, 390, 400, 410, 420];
    expect(measureGrowth(leaking)).toBe(100);
    expect(judgeSoak({ ...base, rssMiB: leaking }, expected)).toEqual([
      'memory grew 100.0 MiB after warm-up (limit 50)',
    ]);
  });
});

describe('flood verdict', () => {
  const clean: FloodFigures = {
    requests: 10_000,
    statuses: { 404: 10_000 },
    seedCacheBefore: 'HIT',
    seedCacheAfter: 'STALE',
    rssBeforeMiB: 300,
    rssAfterMiB: 420,
    // Fills the bounded cache, then levels off.
    rssMiB: [300, 340, 380, 400, 410, 415, 416, 418, 419, 420, 420, 420],
  };

  it('passes 404s only, a seed article still cached, and bounded memory', () => {
    expect(judgeFlood(clean)).toEqual([]);
    expect(judgeFlood({ ...clean, seedCacheAfter: 'HIT' })).toEqual([]);
  });

  it('fails on another status, an evicted seed article, or memory past the bound', () => {
    expect(judgeFlood({ ...clean, statuses: { 404: 9_999, 500: 1 } })).toEqual([
      'flood: 1 × 500 (expected 404)',
    ]);
    expect(judgeFlood({ ...clean, seedCacheAfter: 'MISS' })).toEqual([
      'flood: the seed article was evicted from the page cache (HIT → MISS)',
    ]);
    const leaking = [300, 320, 340, 360, 380, 400, 420, 440, 460, 480, 500, 520];
    expect(measureLateGrowth(leaking)).toBe(60);
    expect(judgeFlood({ ...clean, rssMiB: leaking })).toEqual([
      `flood: memory still grew 60.0 MiB over its second half (limit ${MAX_FLOOD_LATE_GROWTH_MIB})`,
    ]);
  });
});

describe('live heap across full collections', () => {
  const trace = [
    '[1:0x1]      604 ms: Mark-Compact 17.1 (31.2) -> 14.3 (32.9) MB, 4.96 / 0.01 ms  (+ 1.6 ms in 8 steps)',
    '[1:0x1]      700 ms: Scavenge 20.1 (33.0) -> 18.0 (33.0) MB, 1.2 / 0.0 ms',
    '[1:0x1]    38627 ms: Mark-Compact (reduce) 297.9 (332.3) -> 85.6 (329.0) MB, 12.21 / 0.04 ms',
    '[1:0x1]    78561 ms: Mark-Compact 269.9 (302.2) -> 71.2 (299.0) MB, 13.51 / 0.21 ms',
  ].join('\n');

  it('reads every Mark-Compact line of `node --trace-gc`, and only those', () => {
    expect(parseFullCollections(trace)).toEqual([
      { atMs: 604, beforeMiB: 17.1, liveMiB: 14.3 },
      { atMs: 38627, beforeMiB: 297.9, liveMiB: 85.6 },
      { atMs: 78561, beforeMiB: 269.9, liveMiB: 71.2 },
    ]);
  });

  const at = (liveMiB: number): FullCollection => ({ atMs: 0, beforeMiB: 300, liveMiB });

  it('passes a live heap that stays level while RSS holds garbage', () => {
    const collections = [at(72), at(70), at(74), at(71)];
    expect(measureLiveHeapGrowth(collections, at(71))).toBe(1);
    expect(judgeLiveHeap(collections, at(71))).toEqual([]);
  });

  it('fails a live heap that climbs from one collection to the next', () => {
    const leaking = [at(80), at(90), at(100)];
    expect(measureLiveHeapGrowth(leaking, at(72))).toBe(28);
    expect(judgeLiveHeap(leaking, at(72))).toEqual([
      `live heap grew 28.0 MiB across full collections (limit ${MAX_LIVE_HEAP_GROWTH_MIB})`,
    ]);
  });

  it('judges nothing from a single reading', () => {
    expect(measureLiveHeapGrowth([at(500)])).toBe(0);
    expect(measureLiveHeapGrowth([], at(500))).toBe(0);
  });
});

describe('warm-up level', () => {
  const ramp = (from: number, perSecond: number, seconds: number) =>
    Array.from({ length: seconds }, (_, second) => from + perSecond * second);

  it('waits while RSS still climbs', () => {
    expect(hasLevelledOff(ramp(300, 1, 60))).toBe(false);
  });

  it('sees a level once the last half-minute moved less than the tolerance', () => {
    expect(hasLevelledOff([...ramp(300, 3, 40), ...ramp(420, 0.1, 40)])).toBe(true);
  });

  it('needs a full window of readings', () => {
    expect(hasLevelledOff(ramp(300, 0, LEVEL_WINDOW_SECONDS))).toBe(false);
    expect(hasLevelledOff(ramp(300, 0, LEVEL_WINDOW_SECONDS + 5))).toBe(true);
  });
});
