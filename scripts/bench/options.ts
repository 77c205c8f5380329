import { parseArgs } from 'node:util';

/** A page the load test requests: a short name for the table and a site path. */
export interface BenchUrl {
  name: string;
  path: string;
}

/** Everything `npm run bench` can be told; see `npm run bench -- --help`. */
export interface BenchOptions {
  /** Articles in the corpus, the seed article included. */
  count: number;
  seed: number;
  /** Repetitions of each build and load measurement; the table shows medians. */
  runs: number;
  /** Seconds per load test. */
  duration: number;
  connections: number[];
  urls: BenchUrl[];
  port: number;
  lighthouseRuns: number;
  /** Repetitions of each publish measurement (new article, old edit), medians reported. */
  publishRuns: number;
  /** Webhook reloads in a row for the memory and CPU figures. */
  reloads: number;
  skip: Set<string>;
  /** Keep the generated corpus instead of deleting it at the end. */
  keep: boolean;
  outDir: string;
}

export const STEPS = [
  'build',
  'warm',
  'load',
  'weight',
  'lighthouse',
  'starter',
  'publish',
] as const;

export const USAGE = `npm run bench -- [options]

  --n <count>             articles in the corpus (default 1000)
  --seed <number>         corpus seed (default 1): same seed, same files
  --runs <count>          repetitions of builds and load tests, medians reported (default 1)
  --duration <seconds>    length of each load test (default 10)
  --connections <list>    load-test concurrency levels (default 10,50)
  --url <name=path>       a page to load-test; repeat it; replaces the default list
  --port <port>           port for next start, on 127.0.0.1 (default 3100)
  --lighthouse-runs <n>   Lighthouse runs, median reported (default 3)
  --publish-runs <n>      publish measurements per scenario, median reported (default 5)
  --reloads <n>           webhook reloads in a row for memory and CPU (default 100)
  --skip <list>           steps to leave out: ${STEPS.join(',')}
  --keep                  keep the generated content folder
  --out <dir>             where JSON and Markdown results go (default bench-results)

The plain markdown starter (scripts/bench/starter) is copied to a temporary folder, its three
pinned dependencies and the site's Next, React and TypeScript versions installed there, then built
after each cold build and served like the site: skip it with --skip starter.

The publish step runs last: a server with CONTENT_WATCH=1, then one with REVALIDATE_SECRET, each
timing a new article and a new headline on the oldest article from the file write to the page,
the front page, the RSS feed and the search; then --reloads webhook reloads in a row.

Environment: PRERENDER_LIMIT is passed to the build; CHROME_PATH picks the browser for Lighthouse
(default /usr/bin/chromium). The benchmark builds into .next: run npm run build again afterwards.`;

/** Pages measured by default; routes that answer 404 on the built site are skipped with a notice. */
export function listDefaultUrls(articleSlug: string, topicSlug: string): BenchUrl[] {
  return [
    { name: 'article', path: `/articles/${articleSlug}` },
    { name: 'front', path: '/' },
    { name: 'topic', path: `/tags/${topicSlug}` },
    { name: 'sitemap', path: '/sitemap.xml' },
    // feedPath('rss') in lib/routes on main.
    { name: 'rss', path: '/flux/rss.xml' },
  ];
}

function readInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const number = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`--${name} expects a positive integer, got "${value}"`);
  return number;
}

function readUrl(value: string): BenchUrl {
  const match = /^([\w-]+)=(\/\S*)$/.exec(value);
  if (!match?.[1] || !match[2]) throw new Error(`--url expects name=/path, got "${value}"`);
  return { name: match[1], path: match[2] };
}

/** Parses the command line; `urls` is empty when the defaults (which need the corpus) apply. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      n: { type: 'string' },
      seed: { type: 'string' },
      runs: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      url: { type: 'string', multiple: true },
      port: { type: 'string' },
      'lighthouse-runs': { type: 'string' },
      'publish-runs': { type: 'string' },
      reloads: { type: 'string' },
      skip: { type: 'string' },
      keep: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const skip = new Set((values.skip ?? '').split(',').filter(Boolean));
  for (const step of skip) {
    if (!(STEPS as readonly string[]).includes(step))
      throw new Error(`--skip: unknown step "${step}"`);
  }
  return {
    count: readInteger(values.n, 1000, 'n'),
    seed: readInteger(values.seed, 1, 'seed'),
    runs: readInteger(values.runs, 1, 'runs'),
    duration: readInteger(values.duration, 10, 'duration'),
    connections: (values.connections ?? '10,50')
      .split(',')
      .map((part) => readInteger(part, 10, 'connections')),
    urls: (values.url ?? []).map(readUrl),
    port: readInteger(values.port, 3100, 'port'),
    lighthouseRuns: readInteger(values['lighthouse-runs'], 3, 'lighthouse-runs'),
    publishRuns: readInteger(values['publish-runs'], 5, 'publish-runs'),
    reloads: readInteger(values.reloads, 100, 'reloads'),
    skip,
    keep: values.keep ?? false,
    outDir: values.out ?? 'bench-results',
  };
}
