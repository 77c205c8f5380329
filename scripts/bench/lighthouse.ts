import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { summarize, type Measured } from '@/scripts/bench/stats';

const run = promisify(execFile);

/** Lighthouse mobile performance score (0-100) of one page, median of `runs`. */
export async function measureLighthouse(url: string, runs: number): Promise<Measured> {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const scores: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    // Lighthouse's defaults are the mobile ones: Moto G Power emulation and simulated 4G throttling.
    const { stdout } = await run(
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
    scores.push(Math.round(readPerformanceScore(report) * 100));
    console.log(`      run ${index + 1}/${runs}: ${scores.at(-1)}`);
  }
  return summarize(scores);
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
