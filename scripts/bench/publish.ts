/**
 * Publish latency (issue « Publish in seconds »): how long a change to the content folder takes to
 * reach readers of a running `next start`, without a rebuild, by the watcher (`CONTENT_WATCH=1`)
 * and by the webhook (`POST /api/revalidate`); then the server's memory and CPU over many reloads.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readTree } from '@/scripts/bench/process-tree';
import { parseFullCollections } from '@/scripts/soak/verdict';
import { startServer, type RunningServer } from '@/scripts/bench/server';
import { summarize, type Measured } from '@/scripts/bench/stats';

/** Milliseconds from the file write to each thing a reader can see; absent when not measured. */
export interface PublishSample {
  /** The article's URL answers 200 with the new headline. */
  page: number;
  /** A new article is linked from `/`. */
  front?: number;
  /** A new article is in `/flux/rss.xml`. */
  rss?: number;
  /** An edited article is found by a word only its new version has. */
  search?: number;
  /** The webhook's own answer (rescan and invalidation), from the write. */
  webhook?: number;
}

export interface PublishSeries {
  page: Measured;
  front?: Measured;
  rss?: Measured;
  search?: Measured;
  webhook?: Measured;
}

/** What many reloads in a row cost the server. */
export interface ReloadCost {
  reloads: number;
  rssAfterFirstBytes: number;
  rssAfterLastBytes: number;
  /**
   * Live heap (MB after a full collection the bench asks for) after the first reload and after
   * the last: RSS alone also counts garbage V8 has not collected yet.
   */
  liveHeapFirstMiB?: number;
  liveHeapLastMiB?: number;
  /** Server CPU time (user + system) per webhook reload, in milliseconds. */
  cpuMsPerReload: number;
  /** Wall time per webhook answer, in milliseconds. */
  wallMsPerReload: Measured;
}

export interface PublishResult {
  runs: number;
  watcher: { newArticle: PublishSeries; oldEdit: PublishSeries };
  webhook: { newArticle: PublishSeries; oldEdit: PublishSeries };
  reloads?: ReloadCost;
}

export interface PublishOptions {
  projectRoot: string;
  contentRoot: string;
  port: number;
  env: NodeJS.ProcessEnv;
  /** An old article, outside the prerender budget: the edited one. */
  oldSlug: string;
  /** Section and author that exist in the corpus, for the new articles. */
  section: string;
  author: string;
  runs: number;
  reloads: number;
}

const POLL_MS = 25;
const GIVE_UP_MS = 60_000;

/** A fresh, unique word: searchable, and impossible to find before it is written. */
function uniqueWord(): string {
  return `Bench${randomBytes(5).toString('hex')}`;
}

/** `YYYY-MM-DDTHH:mm:ss+00:00` a minute ago: published now, first on the front page. */
function aMinuteAgo(): string {
  return `${new Date(Date.now() - 60_000).toISOString().slice(0, 19)}+00:00`;
}

interface Answer {
  status: number;
  body: string;
  /** `x-nextjs-cache`, to tell a stale page from a fresh one when a wait fails. */
  cache: string;
}

async function fetchText(url: string): Promise<Answer> {
  try {
    const response = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(10_000) });
    const cache = response.headers.get('x-nextjs-cache') ?? '';
    return { status: response.status, body: await response.text(), cache };
  } catch (error) {
    return { status: 0, body: '', cache: error instanceof Error ? error.message : String(error) };
  }
}

/** Polls `url` until `seen` holds; resolves with the milliseconds since `start`. */
async function waitFor(
  url: string,
  seen: (answer: Answer) => boolean,
  start: number,
): Promise<number> {
  let last: Answer | undefined;
  while (performance.now() - start < GIVE_UP_MS) {
    last = await fetchText(url);
    if (seen(last)) return performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(
    `${url} did not show the change within ${GIVE_UP_MS / 1000} s (last answer: ${last?.status} ${last?.cache})`,
  );
}

type Trigger = (server: RunningServer) => Promise<number | undefined>;

function articleFile(options: PublishOptions, slug: string): string {
  return path.join(options.contentRoot, 'articles', `${slug}.mdx`);
}

/** Writes a new article and times its page, its place on `/` and in the RSS feed. */
async function publishNew(
  server: RunningServer,
  options: PublishOptions,
  trigger: Trigger,
): Promise<PublishSample> {
  const word = uniqueWord();
  const slug = `depeche-banc-${word.toLowerCase()}`;
  const title = `Dépêche du banc d’essai ${word}`;
  const source = [
    '---',
    `title: ${JSON.stringify(title)}`,
    'description: Une dépêche écrite par le banc d’essai pour mesurer la publication.',
    `date: ${aMinuteAgo()}`,
    `authors: [${options.author}]`,
    `section: ${options.section}`,
    'tags: [Huawei]',
    '---',
    '',
    `Le mot ${word} n’apparaît que dans cette dépêche.`,
    '',
  ].join('\n');
  const start = performance.now();
  fs.writeFileSync(articleFile(options, slug), source);
  const [webhook, page, front, rss] = await Promise.all([
    trigger(server),
    waitFor(
      `${server.origin}/articles/${slug}`,
      ({ status, body }) => status === 200 && body.includes(word),
      start,
    ),
    waitFor(`${server.origin}/`, ({ body }) => body.includes(`/articles/${slug}"`), start),
    waitFor(
      `${server.origin}/flux/rss.xml`,
      ({ body }) => body.includes(`/articles/${slug}<`),
      start,
    ),
  ]);
  return { page, front, rss, ...(webhook === undefined ? {} : { webhook: webhook - start }) };
}

/** Gives an old article a new headline and times its page and the search index. */
async function editOld(
  server: RunningServer,
  options: PublishOptions,
  trigger: Trigger,
): Promise<PublishSample> {
  const file = articleFile(options, options.oldSlug);
  const word = uniqueWord();
  const source = fs
    .readFileSync(file, 'utf8')
    .replace(/^title: .*$/m, `title: ${JSON.stringify(`Titre corrigé ${word}`)}`);
  const start = performance.now();
  fs.writeFileSync(file, source);
  const [webhook, page, search] = await Promise.all([
    trigger(server),
    waitFor(
      `${server.origin}/articles/${options.oldSlug}`,
      ({ status, body }) => status === 200 && body.includes(word),
      start,
    ),
    waitFor(
      `${server.origin}/recherche?q=${word}`,
      ({ body }) => body.includes(`/articles/${options.oldSlug}"`),
      start,
    ),
  ]);
  return { page, search, ...(webhook === undefined ? {} : { webhook: webhook - start }) };
}

function series(samples: readonly PublishSample[]): PublishSeries {
  const pick = (key: keyof PublishSample) => {
    const values = samples.map((sample) => sample[key]).filter((value) => value !== undefined);
    return values.length === samples.length ? summarize(values) : undefined;
  };
  const result: PublishSeries = { page: summarize(samples.map((sample) => sample.page)) };
  for (const key of ['front', 'rss', 'search', 'webhook'] as const) {
    const measured = pick(key);
    if (measured) result[key] = measured;
  }
  return result;
}

/** Runs the two scenarios `runs` times on one server; the server is stopped afterwards. */
async function measureScenarios(
  server: RunningServer,
  options: PublishOptions,
  trigger: Trigger,
  label: string,
): Promise<{ newArticle: PublishSeries; oldEdit: PublishSeries }> {
  const created: PublishSample[] = [];
  const edited: PublishSample[] = [];
  // The old article's first render (outside the prerender budget) is not part of the edit.
  await fetchText(`${server.origin}/articles/${options.oldSlug}`);
  for (let run = 1; run <= options.runs; run += 1) {
    console.log(`[publish] ${label}: new article ${run}/${options.runs}`);
    created.push(await publishNew(server, options, trigger));
    console.log(`[publish] ${label}: edit of ${options.oldSlug} ${run}/${options.runs}`);
    edited.push(await editOld(server, options, trigger));
  }
  return { newArticle: series(created), oldEdit: series(edited) };
}

function readRss(pid: number): number {
  return readTree(pid).get(pid)?.rssBytes ?? 0;
}

function readCpuMs(pid: number): number {
  return readTree(pid).get(pid)?.cpuMs ?? 0;
}

/**
 * Makes the server run a full garbage collection, then answers its live heap (MB, from its
 * `--trace-gc` output). The server writes a heap snapshot on SIGUSR2 (`--heapsnapshot-signal`),
 * which V8 precedes with a full collection; the snapshot goes to a scratch folder and is
 * deleted. The main thread is busy while it writes, so the next answer marks its end.
 */
async function collectGarbage(
  server: RunningServer,
  gcTrace: { text: string },
  snapshots: string,
): Promise<number | undefined> {
  const traceStart = gcTrace.text.length;
  process.kill(server.pid, 'SIGUSR2');
  await new Promise((resolve) => setTimeout(resolve, 200));
  await fetchText(`${server.origin}/robots.txt`);
  // The trace line may reach us a moment after the answer.
  for (let tries = 0; tries < 20; tries += 1) {
    const collections = parseFullCollections(gcTrace.text.slice(traceStart));
    if (collections.length > 0) {
      for (const name of fs.readdirSync(snapshots)) fs.rmSync(path.join(snapshots, name));
      return collections.at(-1)?.liveMiB;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

/** Many webhook reloads in a row, each after a one-line edit: memory growth and CPU per reload. */
async function measureReloads(
  server: RunningServer,
  options: PublishOptions,
  call: () => Promise<number>,
  gcTrace: { text: string },
  snapshots: string,
): Promise<ReloadCost> {
  const file = articleFile(options, options.oldSlug);
  const walls: number[] = [];
  let rssAfterFirstBytes = 0;
  let liveHeapFirstMiB: number | undefined;
  let cpuMs = 0;
  for (let reload = 1; reload <= options.reloads; reload += 1) {
    fs.appendFileSync(file, `\nPrécision ${reload} ajoutée par le banc d’essai.\n`);
    const cpuBefore = readCpuMs(server.pid);
    walls.push(await call());
    cpuMs += readCpuMs(server.pid) - cpuBefore;
    if (reload === 1) {
      liveHeapFirstMiB = await collectGarbage(server, gcTrace, snapshots);
      rssAfterFirstBytes = readRss(server.pid);
    }
  }
  const liveHeapLastMiB = await collectGarbage(server, gcTrace, snapshots);
  return {
    reloads: options.reloads,
    rssAfterFirstBytes,
    rssAfterLastBytes: readRss(server.pid),
    ...(liveHeapFirstMiB !== undefined && liveHeapLastMiB !== undefined
      ? { liveHeapFirstMiB, liveHeapLastMiB }
      : {}),
    cpuMsPerReload: cpuMs / options.reloads,
    wallMsPerReload: summarize(walls),
  };
}

/**
 * Measures publishing on the last build: a server with the watcher, then one with the webhook.
 * Each writes new articles into the corpus and edits an old one, so run it after the other steps.
 */
export async function measurePublish(options: PublishOptions): Promise<PublishResult> {
  const secret = randomBytes(24).toString('hex');
  console.log('[publish] next start with CONTENT_WATCH=1');
  const watching = await startServer(options.projectRoot, options.port, {
    ...options.env,
    CONTENT_WATCH: '1',
  });
  let watcher: PublishResult['watcher'];
  try {
    watcher = await measureScenarios(watching, options, async () => undefined, 'watcher');
  } finally {
    await watching.stop();
  }

  console.log('[publish] next start with REVALIDATE_SECRET');
  // Node's GC trace and forced full collections tell live data from garbage in the reload figures.
  const gcTrace = { text: '' };
  const snapshots = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-bench-heap-'));
  const hooked = await startServer(
    options.projectRoot,
    options.port,
    { ...options.env, REVALIDATE_SECRET: secret },
    options.projectRoot,
    {
      nodeArgs: ['--trace-gc', '--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${snapshots}`],
      onStdout: (chunk) => {
        gcTrace.text += chunk;
      },
    },
  );
  const callWebhook = async (server: RunningServer) => {
    const response = await fetch(`${server.origin}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}` },
    });
    const answer = (await response.json()) as { problems?: unknown[] };
    if (response.status !== 200 || (answer.problems?.length ?? 0) > 0)
      throw new Error(`the webhook answered ${response.status}: ${JSON.stringify(answer)}`);
    return performance.now();
  };
  try {
    const webhook = await measureScenarios(hooked, options, callWebhook, 'webhook');
    let reloads: ReloadCost | undefined;
    if (options.reloads > 0) {
      console.log(`[publish] ${options.reloads} webhook reloads in a row`);
      reloads = await measureReloads(
        hooked,
        options,
        async () => {
          const start = performance.now();
          return (await callWebhook(hooked)) - start;
        },
        gcTrace,
        snapshots,
      );
    }
    return { runs: options.runs, watcher, webhook, ...(reloads ? { reloads } : {}) };
  } finally {
    await hooked.stop();
    fs.rmSync(snapshots, { recursive: true, force: true });
  }
}
