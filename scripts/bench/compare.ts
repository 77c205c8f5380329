import type { BenchResult, BuildSummary } from '@/scripts/bench/report';
import type { LoadResult } from '@/scripts/bench/load';
import type { PageWeight } from '@/scripts/bench/weight';

/**
 * What the plain markdown starter (scripts/bench/starter) measured in the same run, on the same
 * corpus: the baseline every Manchette figure is divided by.
 */
export interface StarterResult {
  coldBuild?: BuildSummary;
  weight?: PageWeight;
  load?: LoadResult[];
}

/** One line of the side-by-side table. */
export interface ComparisonRow {
  measure: string;
  manchette: string;
  starter: string;
  /** Manchette / starter; NaN when the starter's figure is zero or missing. */
  ratio: number;
  /** The target for the ratio, when it has one. */
  target?: { text: string; met: boolean };
}

/** `a / b`, or NaN when `b` is not a positive number (nothing to divide by). */
export function ratio(a: number, b: number): number {
  return b > 0 && Number.isFinite(a) ? a / b : Number.NaN;
}

const atMost = (limit: number) => (value: number) => ({
  text: `≤ ${limit}×`,
  met: value <= limit,
});
const atLeast = (limit: number) => (value: number) => ({
  text: `≥ ${limit}×`,
  met: value >= limit,
});

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mebibytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The article's load test at `connections`, if it ran. */
function articleLoad(load: readonly LoadResult[] | undefined, connections: number) {
  return load?.find((row) => row.name === 'article' && row.connections === connections);
}

/**
 * The table as rows: every figure of the site next to the starter's, with the ratio and
 * the target it is held to. Rows whose figures were not measured (skipped steps) are left out.
 */
export function compareWithStarter(result: BenchResult): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const push = (
    measure: string,
    values: [number, number] | undefined,
    format: (value: number) => string,
    target?: (value: number) => { text: string; met: boolean },
  ) => {
    if (!values) return;
    const [site, starter] = values;
    const value = ratio(site, starter);
    rows.push({
      measure,
      manchette: format(site),
      starter: format(starter),
      ratio: value,
      ...(target && Number.isFinite(value) ? { target: target(value) } : {}),
    });
  };
  const site = result.coldBuild;
  const starterBuild = result.starter?.coldBuild;
  if (site && starterBuild) {
    push(
      'Cold build, wall time (site: prebuild + next build)',
      [site.totalMs.median, starterBuild.totalMs.median],
      seconds,
      atMost(1.3),
    );
    push(
      'Cold build, CPU time',
      [site.cpuMs.median, starterBuild.cpuMs.median],
      seconds,
      atMost(1.5),
    );
    push(
      'Cold build, peak RSS of the process tree',
      [site.peakRssBytes.median, starterBuild.peakRssBytes.median],
      mebibytes,
      atMost(1.2),
    );
    push(
      'Article pages prerendered',
      [site.prerenderedArticles, starterBuild.prerenderedArticles],
      String,
    );
  }
  const weight = result.weight;
  const starterWeight = result.starter?.weight;
  if (weight && starterWeight) {
    push('Article HTML, raw', [weight.html.raw, starterWeight.html.raw], kib, atMost(1.5));
    push('Article HTML, gzip', [weight.html.gzip, starterWeight.html.gzip], kib);
    if (weight.textBytes !== undefined && starterWeight.textBytes !== undefined) {
      push('… visible text in that HTML', [weight.textBytes, starterWeight.textBytes], kib);
      // The site's page carries more text (navigation, related articles, footer): this row
      // compares the markup each byte of text costs.
      push(
        '… HTML bytes per byte of visible text',
        [
          ratio(weight.html.raw, weight.textBytes),
          ratio(starterWeight.html.raw, starterWeight.textBytes),
        ],
        (value) => value.toFixed(1),
      );
    }
    const parts = [
      ['rscPayload', '… inline RSC payload'],
      ['otherInlineScripts', '… other inline scripts (JSON-LD, theme)'],
      ['classAttributes', '… class attributes'],
      ['otherMarkup', '… other markup (tags, attributes, head)'],
    ] as const;
    for (const [part, label] of parts) {
      const site = weight.composition?.[part];
      const base = starterWeight.composition?.[part];
      if (site !== undefined && base !== undefined) push(label, [site, base], kib);
    }
    push('Client JS, gzip', [weight.js.gzip, starterWeight.js.gzip], kib);
  }
  const siteLoad = articleLoad(result.load, 10);
  const starterLoad = articleLoad(result.starter?.load, 10);
  if (siteLoad && starterLoad) {
    push(
      'Article, 10 connections: req/s',
      [siteLoad.requestsPerSecond.median, starterLoad.requestsPerSecond.median],
      (value) => String(Math.round(value)),
      atLeast(0.9),
    );
    push(
      'Article, 10 connections: p99',
      [siteLoad.p99Ms.median, starterLoad.p99Ms.median],
      (value) => `${value} ms`,
      atMost(1.2),
    );
  }
  return rows;
}

const formatRatio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
const verdict = (met: boolean) => (met ? 'yes' : '**no**');

/** The side-by-side table in Markdown, or '' when the starter was not measured. */
export function formatComparison(result: BenchResult): string {
  const rows = compareWithStarter(result);
  if (rows.length === 0) return '';
  const lines = [
    '| Measure | Manchette | Plain starter | Ratio | Target | Met? |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const met = row.target ? verdict(row.target.met) : '';
    lines.push(
      `| ${row.measure} | ${row.manchette} | ${row.starter} | ${formatRatio(row.ratio)} | ${row.target?.text ?? ''} | ${met} |`,
    );
  }
  return lines.join('\n');
}

/**
 * The targets that are not ratios to the starter (warm rebuild against the site's own
 * cold build, client JS against the empty Next app), or '' when they were not measured.
 */
export function formatOtherTargets(result: BenchResult): string {
  const lines: string[] = [];
  if (result.warmBuild && result.coldBuild) {
    const warm = result.warmBuild.totalMs.median;
    const cold = result.coldBuild.totalMs.median;
    const value = ratio(warm, cold);
    lines.push(
      `| Warm rebuild (1 article changed) / cold build | ${seconds(warm)} / ${seconds(cold)} | ${formatRatio(value)} | ≤ 0.5× | ${verdict(value <= 0.5)} |`,
    );
  }
  if (result.weight && result.baselineWeight) {
    const above = result.weight.js.gzip - result.baselineWeight.js.gzip;
    lines.push(
      `| Client JS above the empty Next app, gzip | ${kib(above)} | – | ≤ 5 KiB | ${verdict(above <= 5 * 1024)} |`,
    );
  }
  if (lines.length === 0) return '';
  return [
    '| Other target | Manchette | Ratio | Target | Met? |',
    '| --- | --- | --- | --- | --- |',
    ...lines,
  ].join('\n');
}
