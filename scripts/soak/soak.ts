/**
 * `npm run soak [-- --seconds 60 --connections 50 --port 3290 --flood 10000]`: serves the last
 * production build with `next start` on 127.0.0.1 and sends it a mix of front, article, topic,
 * author, section, search, feed, sitemap and unknown URLs for a bounded time, then a flood of
 * distinct random article slugs. The server runs with `node --trace-gc`, and the warm-up lasts
 * until V8 has made two full collections and RSS has levelled off (at least `--warmup` s, at
 * most `--max-warmup` s).
 * Prints the figures and exits 1 on any error, any 5xx, any unexpected status, RSS growth of
 * 50 MiB or more after warm-up, live-heap growth of 20 MiB or more across full collections, or
 * a flood that evicts the seed article from the page cache or grows memory past its bound.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { readTree } from '@/scripts/bench/process-tree';
import { startServer } from '@/scripts/bench/server';
import {
  judgeFlood,
  judgeLiveHeap,
  judgeSoak,
  hasLevelledOff,
  measureGrowth,
  measureLateGrowth,
  measureLiveHeapGrowth,
  parseFullCollections,
  STEADY_AFTER_FULL_COLLECTIONS,
  type FloodFigures,
  type FullCollection,
  type SoakFigures,
} from '@/scripts/soak/verdict';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '15' },
    'max-warmup': { type: 'string', default: '240' },
    connections: { type: 'string', default: '50' },
    port: { type: 'string', default: '3290' },
    flood: { type: 'string', default: '10000' },
  },
});
const seconds = Math.min(600, Math.max(5, Number(values.seconds)));
const warmup = Math.min(120, Math.max(1, Number(values.warmup)));
const maxWarmup = Math.min(600, Math.max(warmup, Number(values['max-warmup'])));
const connections = Math.min(200, Math.max(1, Number(values.connections)));
const floodSize = Math.min(100_000, Math.max(0, Number(values.flood)));
const SEED_PATH = '/articles/ambitions-contrariees-huawei-etats-unis';
const root = process.cwd();

/** The URL mix, each with the only status it may answer. */
const MIX: Record<string, number> = {
  '/': 200,
  '/articles/ambitions-contrariees-huawei-etats-unis': 200,
  '/articles/log4shell-faille-log4j': 200,
  '/articles/encheres-5g-arcep-orange-en-tete': 200,
  '/tags/huawei': 200,
  '/tags/5g': 200,
  '/auteurs/claire-vasseur': 200,
  '/rubriques/cybersecurite': 200,
  '/archives/page/2': 200,
  '/recherche?q=securite': 200,
  '/recherche?q=r%C3%A9seau%20fibre': 200,
  '/flux/rss.xml': 200,
  '/tags/huawei/flux/atom.xml': 200,
  '/sitemap.xml': 200,
  '/articles/cet-article-n-existe-pas': 404,
  '/tags/sujet-inconnu': 404,
  '/archives/page/999': 404,
};

function readRssMiB(pid: number): number {
  let bytes = 0;
  for (const info of readTree(pid).values()) bytes += info.rssBytes;
  return bytes / 1024 / 1024;
}

async function run(origin: string, duration: number, statuses: SoakFigures['statuses']) {
  return autocannon({
    url: origin,
    connections,
    duration,
    requests: Object.keys(MIX).map((requestPath) => ({
      method: 'GET' as const,
      path: requestPath,
      onResponse: (status: number) => {
        const counts = (statuses[requestPath] ??= {});
        counts[status] = (counts[status] ?? 0) + 1;
      },
    })),
  });
}

async function readCacheStatus(origin: string, requestPath: string): Promise<string> {
  const response = await fetch(`${origin}${requestPath}`);
  await response.arrayBuffer();
  return response.headers.get('x-nextjs-cache') ?? '';
}

/** Requests `floodSize` distinct random article slugs, then reads the seed article's cache. */
async function flood(origin: string, pid: number): Promise<FloodFigures> {
  const seedCacheBefore = await readCacheStatus(origin, SEED_PATH);
  const rssBeforeMiB = readRssMiB(pid);
  const statuses: Record<number, number> = {};
  const rssMiB: number[] = [];
  const sampler = setInterval(() => rssMiB.push(readRssMiB(pid)), 1000);
  let sent = 0;
  await autocannon({
    url: origin,
    connections: Math.min(connections, 20),
    amount: floodSize,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          sent += 1;
          const token = `${sent.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
          return { ...request, path: `/articles/inonde-${token}` };
        },
        onResponse: (status: number) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
        },
      },
    ],
  });
  clearInterval(sampler);
  return {
    requests: floodSize,
    statuses,
    seedCacheBefore,
    seedCacheAfter: await readCacheStatus(origin, SEED_PATH),
    rssBeforeMiB,
    rssAfterMiB: readRssMiB(pid),
    rssMiB,
  };
}

async function main() {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` first.');
  }
  // The server runs with V8's GC trace: every full collection prints the live heap, which tells
  // garbage waiting to be collected (RSS) from memory that is kept (a leak, a cache).
  let gcTrace = '';
  const collections: FullCollection[] = [];
  const server = await startServer(
    root,
    Number(values.port),
    { ...process.env, NODE_ENV: 'production' },
    root,
    {
      nodeArgs: ['--trace-gc'],
      onStdout: (chunk) => {
        gcTrace += chunk;
        const lastLineEnd = gcTrace.lastIndexOf('\n');
        if (lastLineEnd < 0) return;
        collections.push(...parseFullCollections(gcTrace.slice(0, lastLineEnd + 1)));
        gcTrace = gcTrace.slice(lastLineEnd + 1);
      },
    },
  );
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(server.origin))
    throw new Error('soak targets 127.0.0.1 only');
  try {
    console.log(
      `Warm-up: ${warmup} s or more, ${connections} connections, ${Object.keys(MIX).length} URLs…`,
    );
    // The warm-up lasts until V8 has sized its heap for this load: two full collections and
    // RSS level over the last half-minute (at least --warmup s, at most --max-warmup s), so the
    // soak compares steady states. The live-heap verdict below is what catches a leak.
    const warmupRss: number[] = [];
    const warmupSampler = setInterval(() => warmupRss.push(readRssMiB(server.pid)), 1000);
    let warmedSeconds = 0;
    while (
      warmedSeconds < warmup ||
      ((collections.length < STEADY_AFTER_FULL_COLLECTIONS || !hasLevelledOff(warmupRss)) &&
        warmedSeconds < maxWarmup)
    ) {
      const step = warmedSeconds < warmup ? warmup : 5;
      await run(server.origin, step, {});
      warmedSeconds += step;
    }
    clearInterval(warmupSampler);
    const warmupCollections = collections.length;
    const baseline = collections.at(-1);
    console.log(
      `Warm-up done after ${warmedSeconds} s (${warmupCollections} full collections, RSS ${warmupRss[0]?.toFixed(0)} → ${warmupRss.at(-1)?.toFixed(0)} MiB).`,
    );
    const rssMiB: number[] = [];
    const sampler = setInterval(() => rssMiB.push(readRssMiB(server.pid)), 1000);
    console.log(`Soak: ${seconds} s…`);
    const statuses: SoakFigures['statuses'] = {};
    const result = await run(server.origin, seconds, statuses);
    clearInterval(sampler);
    const soakCollections = collections.slice(warmupCollections);
    const figures: SoakFigures = {
      durationSeconds: seconds,
      connections,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors + result.timeouts,
      statuses,
      rssMiB,
    };
    console.log(`Flood: ${floodSize} distinct unknown article URLs…`);
    const floodFigures = floodSize > 0 ? await flood(server.origin, server.pid) : undefined;
    // Full collections before the flood may still be printing: wait for the trace to settle.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const floodCollections = collections.slice(warmupCollections + soakCollections.length);
    const failures = [
      ...judgeSoak(figures, MIX),
      ...judgeLiveHeap(soakCollections, baseline),
      ...(floodFigures ? judgeFlood(floodFigures) : []),
    ];
    console.log(`\n| figure | value |\n| --- | --- |`);
    console.log(
      `| requests | ${figures.requests} (${figures.requestsPerSecond.toFixed(0)} req/s) |`,
    );
    console.log(`| latency p50 / p99 | ${figures.p50Ms} ms / ${figures.p99Ms} ms |`);
    console.log(`| errors + timeouts | ${figures.errors} |`);
    const all = Object.values(statuses).flatMap((counts) => Object.entries(counts));
    const byStatus = new Map<string, number>();
    for (const [status, count] of all) byStatus.set(status, (byStatus.get(status) ?? 0) + count);
    console.log(
      `| statuses | ${[...byStatus].map(([status, count]) => `${status}: ${count}`).join(', ')} |`,
    );
    console.log(
      `| server RSS after warm-up → end | ${rssMiB[0]?.toFixed(0)} → ${rssMiB.at(-1)?.toFixed(0)} MiB (growth ${measureGrowth(rssMiB).toFixed(1)} MiB) |`,
    );
    console.log(
      `| live heap after full collections | ${[baseline, ...soakCollections]
        .flatMap((collection) => (collection ? [collection.liveMiB.toFixed(0)] : []))
        .join(
          ' → ',
        )} MiB (growth ${measureLiveHeapGrowth(soakCollections, baseline).toFixed(1)} MiB; warm-up ${warmedSeconds} s) |`,
    );
    if (floodFigures) {
      const { statuses: floodStatuses, seedCacheBefore, seedCacheAfter } = floodFigures;
      console.log(
        `| flood | ${floodFigures.requests} URLs, ${Object.entries(floodStatuses)
          .map(([status, count]) => `${status}: ${count}`)
          .join(
            ', ',
          )}; RSS ${floodFigures.rssBeforeMiB.toFixed(0)} → ${floodFigures.rssAfterMiB.toFixed(0)} MiB; seed article ${seedCacheBefore} → ${seedCacheAfter}; growth over the second half ${measureLateGrowth(floodFigures.rssMiB).toFixed(1)} MiB; live heap ${floodCollections.map((collection) => collection.liveMiB.toFixed(0)).join(' → ')} MiB |`,
      );
    }
    fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
    const file = path.join(
      root,
      'bench-results',
      `soak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    );
    fs.writeFileSync(
      file,
      JSON.stringify(
        {
          figures,
          warmupSeconds: warmedSeconds,
          fullCollections: {
            warmup: collections.slice(0, warmupCollections),
            soak: soakCollections,
          },
          flood: floodFigures,
          failures,
        },
        null,
        2,
      ),
    );
    console.log(`\nJSON: ${path.relative(root, file)}`);
    if (failures.length > 0) {
      console.error(`\n✗ ${failures.join('\n✗ ')}`);
      process.exitCode = 1;
    } else {
      console.log(
        '\n✓ no error, no 5xx, every status as expected, memory flat, the flood evicted nothing',
      );
    }
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
