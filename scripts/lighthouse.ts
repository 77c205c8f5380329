/**
 * `npm run lighthouse`: builds the site for `http://localhost:<port>` (canonical URLs must name
 * the origin Lighthouse visits), serves it with `next start`, and prints Lighthouse's SEO score
 * of the front page and of an article, with any failing audit. Target: 100 for both; exits 1
 * below it. Not part of `npm test`: a score is a report, not a timed test.
 *
 * Environment: `LIGHTHOUSE_PORT` (default 3100), `CHROME_PATH` (default /usr/bin/chromium).
 * `--no-build` reuses the current build (made with the same SITE_URL).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from '@/scripts/bench/server';

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3100);
const origin = `http://localhost:${port}`;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const root = path.resolve(import.meta.dirname, '..');

function build(): void {
  console.log(`Building for SITE_URL=${origin}…`);
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SITE_URL: origin, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('the build failed');
}

/** The first article URL of the sitemap: a real, published article. */
async function findArticle(): Promise<string> {
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
  const loc = /<loc>([^<]+\/articles\/[^<]+)<\/loc>/.exec(sitemap)?.[1];
  if (!loc) throw new Error('no article in the sitemap');
  return loc;
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) build();
  // The benchmark's starter: node runs Next itself, and the server is stopped by its own pid.
  const server = await startServer(root, port, {
    ...process.env,
    SITE_URL: origin,
    NEXT_TELEMETRY_DISABLED: '1',
  });
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  let lowest = 100;
  try {
    for (const [name, url] of [
      ['front page', `${origin}/`],
      ['article', await findArticle()],
    ] as const) {
      const result = await lighthouse(url, {
        port: chrome.port,
        onlyCategories: ['seo'],
        logLevel: 'error',
        output: 'json',
      });
      const category = result?.lhr.categories.seo;
      if (!category || category.score === null) throw new Error(`no SEO score for ${url}`);
      const score = Math.round(category.score * 100);
      lowest = Math.min(lowest, score);
      console.log(`SEO ${String(score).padStart(3)}  ${name}  ${url}`);
      for (const ref of category.auditRefs) {
        const audit = result.lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          console.log(`        ✗ ${audit.id}: ${audit.title}`);
        }
      }
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  console.log(`Lighthouse ${lighthouseVersion()}, ${chromePath}`);
  if (lowest < 100) process.exitCode = 1;
}

function lighthouseVersion(): string {
  return spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/lighthouse/cli/index.js'), '--version'],
    {
      encoding: 'utf8',
    },
  ).stdout.trim();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
