import fs from 'node:fs';
import path from 'node:path';
import type { ProfileSummary } from '@/scripts/bench/profile/cpu-profile';

/** Wall times Next prints for its build phases, in ms, by phase name. */
export type BuildPhases = Map<string, number>;

const PHASES: readonly [string, RegExp][] = [
  ['Turbopack compile', /Compiled successfully in ([\d.]+)(min|m?s)/],
  ['Turbopack cache write', /Finished writing to filesystem cache in ([\d.]+)(min|m?s)/],
  ['TypeScript', /Finished TypeScript in ([\d.]+)(min|m?s)/],
  ['Collecting page data', /Collecting page data .*in ([\d.]+)(min|m?s)/],
  ['Static generation', /Generating static pages .*\) in ([\d.]+)(min|m?s)/],
];

/** Reads the phase timings from `next build`'s output ("✓ Compiled successfully in 36.3s"…). */
export function readBuildPhases(output: string): BuildPhases {
  const phases: BuildPhases = new Map();
  for (const [name, pattern] of PHASES) {
    const match = pattern.exec(output);
    if (match?.[1]) {
      const unit = match[2] === 'ms' ? 1 : match[2] === 'min' ? 60_000 : 1000;
      phases.set(name, Math.round(Number(match[1]) * unit));
    }
  }
  return phases;
}

/** Pages the last build prerendered: all of them, article pages, and Open Graph images. */
export interface PrerenderCounts {
  total: number;
  articles: number;
  ogImages: number;
}

/** Counts prerendered routes by kind from `.next/prerender-manifest.json`. */
export function readPrerenderCounts(projectRoot: string): PrerenderCounts {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(projectRoot, '.next/prerender-manifest.json'), 'utf8'),
  ) as { routes?: Record<string, unknown> };
  const routes = Object.keys(manifest.routes ?? {});
  return {
    total: routes.length,
    articles: routes.filter((route) => /^\/articles\/[^/]+$/.test(route)).length,
    ogImages: routes.filter((route) => /^\/articles\/[^/]+\/og\.png$/.test(route)).length,
  };
}

export const NATIVE = 'native threads (Turbopack compile and cache, SWC, zlib): not sampled by V8';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

/**
 * A profile as a Markdown table: every category's sampled CPU, its share, and its cost per
 * prerendered page (build) or per request (server), largest first. For a build, what the
 * process tree used beyond the JavaScript samples is shown as native time.
 */
export function formatBreakdown({
  title,
  summary,
  treeCpuMs,
  wallMs,
  checkCpuMs,
  phases,
  pages,
  requests,
  topFunctions = 10,
}: {
  title: string;
  summary: ProfileSummary;
  treeCpuMs?: number;
  wallMs?: number;
  checkCpuMs?: number;
  phases?: BuildPhases;
  pages?: PrerenderCounts;
  requests?: number;
  /** How many of the busiest functions to list (0: none). */
  topFunctions?: number;
}): string {
  const rows = [...summary.categories.entries()].filter(([, ms]) => ms >= 0.5);
  const sampled = rows.reduce((total, [, ms]) => total + ms, 0);
  if (treeCpuMs !== undefined && treeCpuMs > sampled) rows.push([NATIVE, treeCpuMs - sampled]);
  rows.sort((a, b) => b[1] - a[1]);
  const whole = rows.reduce((total, [, ms]) => total + ms, 0);
  const divisor = pages ? pages.total : requests;
  const unit = pages ? 'per prerendered page' : 'per request';
  const lines = [`### ${title}`, ''];
  const facts: string[] = [];
  if (wallMs !== undefined) facts.push(`wall ${seconds(wallMs)}`);
  if (treeCpuMs !== undefined) facts.push(`CPU of the process tree ${seconds(treeCpuMs)}`);
  if (checkCpuMs !== undefined)
    facts.push(`content check (prebuild, own process) ${seconds(checkCpuMs)} of CPU`);
  if (pages)
    facts.push(
      `${pages.total} pages prerendered (${pages.articles} articles, ${pages.ogImages} OG images)`,
    );
  if (requests !== undefined) facts.push(`${requests} requests at 10 connections`);
  if (phases && phases.size > 0) {
    facts.push(
      `phases (wall): ${[...phases].map(([name, ms]) => `${name} ${seconds(ms)}`).join(', ')}`,
    );
  }
  if (facts.length > 0) lines.push(`${facts.join('; ')}.`, '');
  lines.push(`| Where | CPU | Share | ms ${unit} |`, '| --- | --- | --- | --- |');
  for (const [category, ms] of rows) {
    const each = divisor ? (ms / divisor).toFixed(2) : '–';
    lines.push(`| ${category} | ${seconds(ms)} | ${share(ms, whole)} | ${each} |`);
  }
  const busiest = [...summary.functions.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, topFunctions);
  if (busiest.length > 0) {
    lines.push(
      '',
      `Busiest functions (self time):`,
      '',
      `| Function (source) | CPU | Share |`,
      '| --- | --- | --- |',
    );
    for (const [key, ms] of busiest) {
      lines.push(`| \`${key.replace(/\|/g, '\\|')}\` | ${seconds(ms)} | ${share(ms, whole)} |`);
    }
  }
  return lines.join('\n');
}
