import autocannon from 'autocannon';
import type { BenchUrl } from '@/scripts/bench/options';
import { summarize, type Measured } from '@/scripts/bench/stats';

/** Load-test figures of one page at one concurrency level, medians over runs. */
export interface LoadResult {
  name: string;
  path: string;
  connections: number;
  requestsPerSecond: Measured;
  p50Ms: Measured;
  p99Ms: Measured;
  /** Responses that were not 2xx, plus socket errors and timeouts, over all runs. */
  failures: number;
}

/** Pages that exist on the built site, and the names of those that answered 404 (skipped). */
export async function filterExistingUrls(
  origin: string,
  urls: readonly BenchUrl[],
): Promise<{ existing: BenchUrl[]; missing: BenchUrl[] }> {
  const existing: BenchUrl[] = [];
  const missing: BenchUrl[] = [];
  for (const url of urls) {
    const response = await fetch(`${origin}${url.path}`, { redirect: 'manual' });
    await response.arrayBuffer();
    if (response.status === 404) missing.push(url);
    else if (response.status === 200) existing.push(url);
    else
      throw new Error(
        `${url.path} answered ${response.status}; a benchmarked page must answer 200 or 404`,
      );
  }
  return { existing, missing };
}

/**
 * Waits until the server answers a small static file quickly: a heavy page tested before may have
 * left requests queued, which would otherwise be charged to the next page.
 */
export async function waitUntilIdle(origin: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quickAnswers = 0;
  while (quickAnswers < 3 && Date.now() < deadline) {
    const started = performance.now();
    try {
      const response = await fetch(`${origin}/icon.svg`, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      quickAnswers = performance.now() - started < 50 ? quickAnswers + 1 : 0;
    } catch {
      quickAnswers = 0;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Runs autocannon `runs` times against one page (loopback only) and keeps the medians. */
export async function measureLoad(
  origin: string,
  url: BenchUrl,
  { connections, duration, runs }: { connections: number; duration: number; runs: number },
): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(origin))
    throw new Error('load tests target 127.0.0.1 only');
  const rates: number[] = [];
  const p50: number[] = [];
  const p99: number[] = [];
  let failures = 0;
  for (let run = 0; run < runs; run += 1) {
    await waitUntilIdle(origin);
    const result = await autocannon({ url: `${origin}${url.path}`, connections, duration });
    rates.push(result.requests.average);
    p50.push(result.latency.p50);
    p99.push(result.latency.p99);
    failures += result.non2xx + result.errors + result.timeouts;
  }
  return {
    name: url.name,
    path: url.path,
    connections,
    requestsPerSecond: summarize(rates),
    p50Ms: summarize(p50),
    p99Ms: summarize(p99),
    failures,
  };
}
