import { describe, expect, it } from 'vitest';
import {
  judgeFlood,
  judgeSoak,
  MAX_FLOOD_LATE_GROWTH_MIB,
  measureLateGrowth,
  measureGrowth,
  type FloodFigures,
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
