import type { BuildSample } from '@/scripts/bench/build';
import { formatComparison, formatOtherTargets, type StarterResult } from '@/scripts/bench/compare';
import type { FirstRequest } from '@/scripts/bench/first-request';
import type { LoadResult } from '@/scripts/bench/load';
import type { MachineInfo } from '@/scripts/bench/machine';
import type { BenchUrl } from '@/scripts/bench/options';
import type { OutputSize } from '@/scripts/bench/output-size';
import type { PublishResult, PublishSeries } from '@/scripts/bench/publish';
import { summarize, type Measured } from '@/scripts/bench/stats';
import { subtractSize, type PageWeight, type Size } from '@/scripts/bench/weight';

/** Build figures, medians over runs. */
export interface BuildSummary {
  checkMs: Measured;
  nextBuildMs: Measured;
  totalMs: Measured;
  cpuMs: Measured;
  /** Highest of the two steps' peaks (they run one after the other). */
  peakRssBytes: Measured;
  prerenderedArticles: number;
  /** Medians of the phase times `next build` printed, by phase. */
  phases?: Record<string, Measured>;
}

/** Everything one `npm run bench` measured; written as JSON and printed as tables. */
export interface BenchResult {
  date: string;
  machine: MachineInfo;
  settings: {
    articles: number;
    seed: number;
    runs: number;
    duration: number;
    prerenderLimit: string;
  };
  corpus: { articles: number; megabytes: number };
  coldBuild?: BuildSummary;
  outputSize?: OutputSize;
  warmBuild?: BuildSummary;
  load?: LoadResult[];
  skippedUrls?: BenchUrl[];
  weight?: PageWeight;
  /** The page of an empty Next app (layout and one page, no client component), sized the same way. */
  baselineWeight?: PageWeight;
  /** The oldest article, the first page a fresh server renders (content index read included). */
  firstRequest?: FirstRequest;
  /** The next oldest article, rendered on demand by a server that has its index. */
  nextFirstRequest?: FirstRequest;
  lighthouse?: Measured;
  /** The plain markdown Next starter, built and served in the same run on the same corpus. */
  starter?: StarterResult;
  /** Publish latency without a rebuild, by the watcher and by the webhook. */
  publish?: PublishResult;
}

/** Medians of several build samples. */
export function summarizeBuilds(
  samples: readonly BuildSample[],
  prerenderedArticles: number,
): BuildSummary {
  return {
    checkMs: summarize(samples.map((sample) => sample.checkMs)),
    nextBuildMs: summarize(samples.map((sample) => sample.nextBuildMs)),
    totalMs: summarize(samples.map((sample) => sample.totalMs)),
    cpuMs: summarize(samples.map((sample) => sample.cpuMs)),
    peakRssBytes: summarize(
      samples.map((sample) => Math.max(sample.checkPeakRssBytes, sample.nextBuildPeakRssBytes)),
    ),
    prerenderedArticles,
    phases: summarizePhases(samples),
  };
}

/** Median wall time of each phase over the samples that reported it. */
function summarizePhases(samples: readonly BuildSample[]): Record<string, Measured> {
  const byPhase = new Map<string, number[]>();
  for (const sample of samples) {
    for (const [phase, ms] of Object.entries(sample.phases ?? {})) {
      byPhase.set(phase, [...(byPhase.get(phase) ?? []), ms]);
    }
  }
  return Object.fromEntries([...byPhase].map(([phase, values]) => [phase, summarize(values)]));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mebibytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
const kilobytes = (size: Size) =>
  `${(size.raw / 1024).toFixed(1)} KiB (${(size.gzip / 1024).toFixed(1)} KiB gzip)`;

function describeBuild(label: string, build: BuildSummary): string[] {
  return [
    `| ${label}: prebuild (content check, type check, image variants) | ${seconds(build.checkMs.median)} |`,
    `| ${label}: next build | ${seconds(build.nextBuildMs.median)} |`,
    `| ${label}: total (npm run build) | **${seconds(build.totalMs.median)}** |`,
    `| ${label}: CPU time (user + system, both steps) | ${seconds(build.cpuMs.median)} |`,
    `| ${label}: peak RSS, whole process tree | ${mebibytes(build.peakRssBytes.median)} |`,
    `| ${label}: article pages prerendered | ${build.prerenderedArticles} |`,
    ...Object.entries(build.phases ?? {}).map(
      ([phase, ms]) =>
        `| ${label}: … ${phase} (wall, as next build reports it) | ${seconds(ms.median)} |`,
    ),
  ];
}

/** The Markdown tables of a result, as printed and saved next to the JSON. */
export function formatMarkdown(result: BenchResult): string {
  const { machine, settings } = result;
  const lines = [
    `### ${settings.articles} articles — ${result.date.slice(0, 10)}`,
    '',
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, Next ${machine.next}; ` +
      `load average at start ${machine.loadAverageAtStart}. Runs: ${settings.runs}; PRERENDER_LIMIT: ${settings.prerenderLimit}.`,
    '',
    '| Measure | Value |',
    '| --- | --- |',
    `| Corpus | ${result.corpus.articles} articles, ${result.corpus.megabytes} MB |`,
  ];
  if (result.coldBuild) lines.push(...describeBuild('Cold build', result.coldBuild));
  if (result.warmBuild)
    lines.push(...describeBuild('Warm rebuild (1 article changed)', result.warmBuild));
  if (result.weight) {
    lines.push(
      `| Article HTML | ${kilobytes(result.weight.html)} |`,
      `| Article JS, modern browser | ${kilobytes(result.weight.js)} |`,
      `| … of which Next runtime | ${kilobytes(result.weight.frameworkJs)} |`,
      `| … of which the site adds | ${kilobytes(result.weight.extraJs)} |`,
    );
    for (const script of result.weight.scripts.filter((item) => !item.framework)) {
      lines.push(
        `| … … ${script.label} \`${script.src.split('/').at(-1) ?? ''}\` | ${kilobytes(script)} |`,
      );
    }
    if (result.baselineWeight) {
      const base = result.baselineWeight.js;
      const extra = subtractSize(result.weight.js, base);
      lines.push(
        `| Empty Next app's page JS (framework baseline) | ${kilobytes(base)} |`,
        `| **Article JS above that baseline** | **${kilobytes(extra)}** |`,
      );
    }
  }
  const firstRequests = [
    ['Oldest article, fresh server', result.firstRequest],
    ['Next oldest article', result.nextFirstRequest],
  ] as const;
  for (const [label, first] of firstRequests) {
    if (!first) continue;
    lines.push(
      `| ${label}: first request (${first.firstCache}), then second (${first.secondCache}) | ${first.firstMs} ms, then ${first.secondMs} ms (status ${first.status}) |`,
    );
  }
  if (result.lighthouse) {
    lines.push(
      `| Lighthouse mobile performance, seed article | ${result.lighthouse.median} (runs: ${result.lighthouse.samples.join(', ')}) |`,
    );
  }
  if (result.load) {
    lines.push(
      '',
      `Load (autocannon, ${settings.duration} s, 127.0.0.1, medians of ${settings.runs}):`,
      '',
    );
    lines.push(
      '| Page | Connections | req/s | p50 | p99 | Errors |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const row of result.load) {
      lines.push(
        `| ${row.name} \`${row.path}\` | ${row.connections} | ${Math.round(row.requestsPerSecond.median)} | ${row.p50Ms.median} ms | ${row.p99Ms.median} ms | ${row.failures} |`,
      );
    }
    const skipped = (result.skippedUrls ?? []).map((url) => `${url.name} \`${url.path}\``);
    if (skipped.length > 0) lines.push('', `Skipped (404 on this build): ${skipped.join(', ')}.`);
  }
  const comparison = formatComparison(result);
  if (comparison !== '') {
    lines.push(
      '',
      `Against a plain markdown Next starter (scripts/bench/starter: gray-matter + remark-html), same corpus, same run, medians of ${settings.runs}:`,
      '',
      comparison,
    );
  }
  if (result.publish) lines.push('', ...formatPublish(result.publish));
  const otherTargets = formatOtherTargets(result);
  if (otherTargets !== '')
    lines.push('', 'Targets that are not ratios to the starter:', '', otherTargets);
  return lines.join('\n');
}

function medianSeconds(measured: { median: number } | undefined): string {
  return measured ? `${(measured.median / 1000).toFixed(2)} s` : '—';
}

function publishRow(label: string, series: PublishSeries): string {
  return `| ${label} | ${medianSeconds(series.webhook)} | ${medianSeconds(series.page)} | ${medianSeconds(series.front)} | ${medianSeconds(series.rss)} | ${medianSeconds(series.search)} |`;
}

/** The publish table: milliseconds from the file write to what a reader sees, medians. */
export function formatPublish(publish: PublishResult): string[] {
  const lines = [
    `Publishing without a rebuild (from the file write, medians of ${publish.runs}; — where it does not apply: an old article is neither on \`/\` nor in the feed):`,
    '',
    '| Change, path | Webhook answered | Page 200 with headline | On `/` | In `/flux/rss.xml` | Found by search |',
    '| --- | --- | --- | --- | --- | --- |',
    publishRow('New article, watcher', publish.watcher.newArticle),
    publishRow('Old article edited, watcher', publish.watcher.oldEdit),
    publishRow('New article, webhook', publish.webhook.newArticle),
    publishRow('Old article edited, webhook', publish.webhook.oldEdit),
  ];
  const { reloads } = publish;
  if (reloads) {
    const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;
    const growth = ((reloads.rssAfterLastBytes / reloads.rssAfterFirstBytes - 1) * 100).toFixed(1);
    lines.push(
      '',
      `${reloads.reloads} webhook reloads in a row (one edited line each): server RSS ${mib(reloads.rssAfterFirstBytes)} after the first, ${mib(reloads.rssAfterLastBytes)} after the last (${growth} %); ` +
        `${Math.round(reloads.cpuMsPerReload)} ms of server CPU and ${Math.round(reloads.wallMsPerReload.median)} ms (median) per reload. ` +
        (reloads.liveHeapFirstMiB !== undefined && reloads.liveHeapLastMiB !== undefined
          ? `Live heap after a forced full collection: ${reloads.liveHeapFirstMiB} MB after the first reload, ${reloads.liveHeapLastMiB} MB after the last (${((reloads.liveHeapLastMiB / reloads.liveHeapFirstMiB - 1) * 100).toFixed(1)} %).`
          : 'The live heap could not be read (no full collection in the trace).'),
    );
  }
  return lines;
}
