import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { summarize, type Measured } from '@/scripts/bench/stats';

const execute = promisify(execFile);

/** Attempts per run: Lighthouse sometimes loses the trace of a load (NO_NAVSTART) on a busy machine. */
const ATTEMPTS = 3;

/** Lighthouse mobile performance score (0-100) of one page, median of `runs`. */
export async function measureLighthouse(url: string, runs: number): Promise<Measured> {
  const scores: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    scores.push(await scoreOnce(url, index + 1, runs));
    console.log(`      run ${index + 1}/${runs}: ${scores.at(-1)}`);
  }
  return summarize(scores);
}

/**
 * One Lighthouse run, tried again when Lighthouse itself fails (the error is printed, never
 * hidden): a failed recording says nothing about the page, and losing the whole benchmark to it
 * (its builds and load tests are saved only at the end) costs ten minutes.
 */
async function scoreOnce(url: string, run: number, runs: number): Promise<number> {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  for (let attempt = 1; ; attempt += 1) {
    try {
      // Lighthouse's defaults are the mobile ones: Moto G Power emulation and simulated 4G throttling.
      const { stdout } = await execute(
        process.execPath,
        [
          'node_modules/lighthouse/cli/index.js',
          url,
          '--only-categories=performance',
          '--output=json',
          '--output-path=stdout',
          '--quiet',
          '--chrome-flags=--headless --no-sandbox',
        ],
        { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
      );
      const report: unknown = JSON.parse(stdout);
      return Math.round(readPerformanceScore(report) * 100);
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      const reason = error instanceof Error ? error.message.split('\n').slice(-2).join(' ') : error;
      console.log(`      run ${run}/${runs}, attempt ${attempt} failed (${String(reason)}): again`);
    }
  }
}

function readPerformanceScore(report: unknown): number {
  const categories =
    typeof report === 'object' && report !== null && 'categories' in report
      ? report.categories
      : undefined;
  const performance =
    typeof categories === 'object' && categories !== null && 'performance' in categories
      ? categories.performance
      : undefined;
  const score =
    typeof performance === 'object' && performance !== null && 'score' in performance
      ? performance.score
      : undefined;
  if (typeof score !== 'number') throw new Error('Lighthouse returned no performance score');
  return score;
}
