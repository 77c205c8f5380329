import { describe, expect, it } from 'vitest';
import {
  compareWithStarter,
  formatComparison,
  formatOtherTargets,
  ratio,
} from '@/scripts/bench/compare';
import type { LoadResult } from '@/scripts/bench/load';
import { readMachineInfo } from '@/scripts/bench/machine';
import { formatMarkdown, summarizeBuilds, type BenchResult } from '@/scripts/bench/report';
import { summarize } from '@/scripts/bench/stats';
import { analyzeHtml, measureVisibleText, type PageWeight } from '@/scripts/bench/weight';

const MiB = 2 ** 20;

const build = (totalMs: number[], cpuMs: number[], rss: number, prerendered: number) =>
  summarizeBuilds(
    totalMs.map((total, index) => ({
      checkMs: 0,
      checkPeakRssBytes: 0,
      nextBuildMs: total,
      nextBuildPeakRssBytes: rss,
      totalMs: total,
      cpuMs: cpuMs[index] ?? 0,
    })),
    prerendered,
  );

const weight = (htmlRaw: number, jsGzip: number, textBytes: number): PageWeight => ({
  path: '/articles/a',
  html: { raw: htmlRaw, gzip: htmlRaw / 4 },
  textBytes,
  js: { raw: jsGzip * 3, gzip: jsGzip },
  frameworkJs: { raw: 0, gzip: 0 },
  extraJs: { raw: jsGzip * 3, gzip: jsGzip },
  scripts: [],
});

const load = (connections: number, rps: number[], p99: number[]): LoadResult => ({
  name: 'article',
  path: '/articles/a',
  connections,
  requestsPerSecond: summarize(rps),
  p50Ms: summarize([1]),
  p99Ms: summarize(p99),
  failures: 0,
});

const result: BenchResult = {
  date: '2026-12-03T09:00:00.000Z',
  machine: readMachineInfo(process.cwd()),
  settings: { articles: 1000, seed: 1, runs: 3, duration: 10, prerenderLimit: '(default)' },
  corpus: { articles: 1000, megabytes: 3.4 },
  // Medians: 80 s, 130 s of CPU.
  coldBuild: build([90_000, 80_000, 70_000], [120_000, 130_000, 140_000], 1600 * MiB, 991),
  warmBuild: build([30_000], [50_000], 1500 * MiB, 991),
  weight: weight(60 * 1024, 140 * 1024, 10 * 1024),
  baselineWeight: weight(1024, 136 * 1024, 100),
  load: [load(10, [900, 1000, 1100], [20, 24, 30]), load(50, [800], [90])],
  starter: {
    // Medians: 40 s, 100 s of CPU.
    coldBuild: build([40_000, 30_000, 50_000], [100_000, 90_000, 110_000], 1000 * MiB, 991),
    weight: weight(30 * 1024, 138 * 1024, 10 * 1024),
    load: [load(10, [2000, 1900, 2100], [10, 12, 11])],
  },
};

describe('ratio', () => {
  it('divides the site by the baseline, and refuses to divide by nothing', () => {
    expect(ratio(150, 100)).toBe(1.5);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 3)).toBeNaN();
  });
});

describe('compareWithStarter', () => {
  const rows = compareWithStarter(result);
  const row = (measure: string) => rows.find((item) => item.measure.startsWith(measure));

  it('divides medians, not single runs', () => {
    expect(row('Cold build, wall time')).toMatchObject({
      manchette: '80.0 s',
      starter: '40.0 s',
      ratio: 2,
      target: { text: '≤ 1.3×', met: false },
    });
    expect(row('Cold build, CPU time')?.ratio).toBe(1.3);
    expect(row('Cold build, CPU time')?.target).toEqual({ text: '≤ 1.5×', met: true });
    expect(row('Article, 10 connections: req/s')).toMatchObject({
      manchette: '1000',
      starter: '2000',
      ratio: 0.5,
      target: { text: '≥ 0.9×', met: false },
    });
    expect(row('Article, 10 connections: p99')?.ratio).toBeCloseTo(24 / 11);
  });

  it('holds each figure to the issue target and leaves untargeted rows without one', () => {
    expect(row('Cold build, peak RSS')?.target).toEqual({ text: '≤ 1.2×', met: false });
    expect(row('Article HTML, raw')).toMatchObject({ ratio: 2, target: { met: false } });
    expect(row('Article HTML, gzip')?.target).toBeUndefined();
    expect(row('… visible text')?.ratio).toBe(1);
    expect(row('… HTML bytes per byte')).toMatchObject({
      manchette: '6.0',
      starter: '3.0',
      ratio: 2,
    });
    expect(row('Article pages prerendered')?.ratio).toBe(1);
  });

  it('counts a ratio exactly at its limit as met', () => {
    const atLimit = compareWithStarter({
      ...result,
      coldBuild: build([130_000], [150_000], 1200 * MiB, 991),
      starter: { ...result.starter, coldBuild: build([100_000], [100_000], 1000 * MiB, 991) },
    });
    const verdicts = Object.fromEntries(atLimit.map((item) => [item.measure, item.target?.met]));
    expect(verdicts['Cold build, wall time (site: prebuild + next build)']).toBe(true);
    expect(verdicts['Cold build, CPU time']).toBe(true);
    expect(verdicts['Cold build, peak RSS of the process tree']).toBe(true);
  });

  it('leaves out what was not measured', () => {
    const withoutStarterLoad = compareWithStarter({
      ...result,
      starter: { ...result.starter, load: undefined },
    });
    expect(withoutStarterLoad.some((item) => item.measure.startsWith('Article, 10'))).toBe(false);
    expect(compareWithStarter({ ...result, starter: undefined })).toEqual([]);
  });
});

describe('formatComparison', () => {
  it('renders the side-by-side table with ratios and verdicts, then the other targets', () => {
    const markdown = `${formatComparison(result)}\n${formatOtherTargets(result)}`;
    expect(markdown).toContain(
      '| Cold build, wall time (site: prebuild + next build) | 80.0 s | 40.0 s | 2.00× | ≤ 1.3× | **no** |',
    );
    expect(markdown).toContain(
      '| Cold build, CPU time | 130.0 s | 100.0 s | 1.30× | ≤ 1.5× | yes |',
    );
    expect(markdown).toContain(
      '| Article, 10 connections: p99 | 24 ms | 11 ms | 2.18× | ≤ 1.2× | **no** |',
    );
    expect(markdown).toContain(
      '| Warm rebuild (1 article changed) / cold build | 30.0 s / 80.0 s | 0.38× | ≤ 0.5× | yes |',
    );
    expect(markdown).toContain(
      '| Client JS above the empty Next app, gzip | 4.0 KiB | – | ≤ 5 KiB | yes |',
    );
  });

  it('is part of the printed report only when the starter was measured', () => {
    expect(formatMarkdown(result)).toContain('Against a plain markdown Next starter');
    expect(formatMarkdown({ ...result, starter: undefined })).not.toContain('plain markdown');
    expect(formatComparison({ ...result, starter: undefined })).toBe('');
    expect(formatOtherTargets({ ...result, warmBuild: undefined, baselineWeight: undefined })).toBe(
      '',
    );
  });
});

describe('measureVisibleText', () => {
  it('counts what a reader sees, not markup, scripts or the inline payload', () => {
    const html = [
      '<!DOCTYPE html><html><head><title>Titre</title></head><body>',
      '<main class="mx-auto max-w-prose"><h1>Été</h1>\n\n<p>Un   mot</p></main>',
      '<script>self.__next_f.push([1,"Été Un mot"])</script><!-- commentaire -->',
      '</body></html>',
    ].join('');
    expect(measureVisibleText(html)).toBe(Buffer.byteLength('Été Un mot'));
  });
});

describe('build phases', () => {
  it('reports the median of each phase next build printed', () => {
    const sample = (compile: number, typescript?: number) => ({
      checkMs: 1,
      checkPeakRssBytes: 1,
      nextBuildMs: 1,
      nextBuildPeakRssBytes: 1,
      totalMs: 1,
      cpuMs: 1,
      phases: {
        'Turbopack compile': compile,
        ...(typescript === undefined ? {} : { TypeScript: typescript }),
      },
    });
    const summary = summarizeBuilds(
      [sample(30_000, 40_000), sample(10_000), sample(20_000, 20_000)],
      1,
    );
    expect(summary.phases?.['Turbopack compile']?.median).toBe(20_000);
    expect(summary.phases?.TypeScript?.samples).toEqual([40_000, 20_000]);
    expect(formatMarkdown({ ...result, coldBuild: summary })).toContain(
      '| Cold build: … TypeScript (wall, as next build reports it) | 30.0 s |',
    );
  });
});

describe('analyzeHtml', () => {
  it('splits a page into RSC payload, other inline scripts, class attributes, text and markup', () => {
    const payload = '<script>self.__next_f.push([1,"x"])</script>';
    const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
    const external = '<script src="/_next/a.js" async=""></script>';
    const html = `<html><body><p class="a b">Bonjour</p>${payload}${jsonLd}${external}</body></html>`;
    const parts = analyzeHtml(html);
    expect(parts).toEqual({
      rscPayload: Buffer.byteLength(payload),
      otherInlineScripts: Buffer.byteLength(jsonLd),
      classAttributes: Buffer.byteLength(' class="a b"'),
      text: Buffer.byteLength('Bonjour'),
      otherMarkup:
        Buffer.byteLength(html) - Buffer.byteLength(payload + jsonLd + ' class="a b"Bonjour'),
    });
  });
});
