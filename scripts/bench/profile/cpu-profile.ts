import fs from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  IDLE_NAMES,
  matchRule,
  OTHER,
  type CategoryRule,
} from '@/scripts/bench/profile/categories';

/** The parts of a V8 `.cpuprofile` this reads. */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of sampled CPU per category (idle time left out). */
export type CategoryTimes = Map<string, number>;

/** What a set of profiles says: time per category, and self time of the busiest functions. */
export interface ProfileSummary {
  categories: CategoryTimes;
  /** Self time per function, keyed "name (source)". */
  functions: Map<string, number>;
}

/** Source maps of the scripts seen in profiles, loaded once (null: the script has none). */
const maps = new Map<string, SourceMap | null>();

function loadMap(file: string): SourceMap | null {
  if (maps.has(file)) return maps.get(file) ?? null;
  let map: SourceMap | null = null;
  try {
    map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')));
  } catch {
    // No map next to the script: its own path is the best we know.
  }
  maps.set(file, map);
  return map;
}

/**
 * The original source of a frame, relative to the project root when it is inside it
 * (`lib/content/related.ts`, `node_modules/zod/...`), else as the map or URL names it.
 */
export function resolveSource(
  projectRoot: string,
  url: string,
  line: number,
  column: number,
): string {
  if (url === '') return '';
  if (!url.startsWith('file://') && !url.startsWith('/')) return url;
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  let source = file;
  const entry = loadMap(file)?.findEntry(line, column);
  if (entry && 'originalSource' in entry && entry.originalSource) {
    const original = entry.originalSource;
    source = /^[a-z]+:\/\//.test(original)
      ? original.startsWith('file://')
        ? fileURLToPath(original)
        : original
      : path.resolve(path.dirname(file), decodeURIComponent(original));
  }
  return source.startsWith(`${projectRoot}/`) ? path.relative(projectRoot, source) : source;
}

/**
 * Adds one profile's samples to `times`: each sample is charged to the innermost frame of its
 * stack that has a category (see categories.ts); weak categories (Node's internals) only when
 * nothing else in the stack has one; else to "other JavaScript".
 */
export function addProfile(
  projectRoot: string,
  profile: CpuProfile,
  summary: ProfileSummary,
  cpuMs?: number,
): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }
  const sources = new Map<number, string>();
  const sourceOf = (id: number) => {
    let source = sources.get(id);
    if (source === undefined) {
      const frame = byId.get(id)?.callFrame;
      source = frame
        ? resolveSource(projectRoot, frame.url, frame.lineNumber, frame.columnNumber)
        : '';
      sources.set(id, source);
    }
    return source;
  };
  const rules = new Map<number, CategoryRule | undefined>();
  const ruleOf = (id: number) => {
    if (!rules.has(id)) {
      rules.set(id, matchRule(sourceOf(id), byId.get(id)?.callFrame.functionName ?? ''));
    }
    return rules.get(id);
  };
  const categoryById = new Map<number, string>();
  const categoryOf = (id: number): string => {
    const known = categoryById.get(id);
    if (known) return known;
    let weak: string | undefined;
    let strong: string | undefined;
    for (let current: number | undefined = id; current !== undefined && !strong;) {
      const rule = ruleOf(current);
      if (rule?.weak) weak ??= rule.category;
      else if (rule) strong = rule.category;
      current = parentOf.get(current);
    }
    const category = strong ?? weak ?? OTHER;
    categoryById.set(id, category);
    return category;
  };
  const categories = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const name = byId.get(id)?.callFrame.functionName ?? '';
    if (IDLE_NAMES.has(name)) return;
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    busy += ms;
    const category = categoryOf(id);
    categories.set(category, (categories.get(category) ?? 0) + ms);
    const key = `${name || '(anonymous)'} (${sourceOf(id).replace(/^webpack:\/\/next\/\.\//, 'next/')})`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
  });
  // V8 samples wall time: on a busy machine a thread waiting for a core is still "sampled". When
  // the process's measured CPU time is known and smaller, scale its samples down to it.
  const scale = cpuMs !== undefined && busy > cpuMs ? cpuMs / busy : 1;
  for (const [category, ms] of categories) {
    summary.categories.set(category, (summary.categories.get(category) ?? 0) + ms * scale);
  }
  for (const [key, ms] of functions) {
    summary.functions.set(key, (summary.functions.get(key) ?? 0) + ms * scale);
  }
}

/**
 * Reads every `<pid>.cpuprofile` in a folder and sums their time per category and per function,
 * each process scaled to its measured CPU time when `cpuByPid` knows it.
 */
export function readProfiles(
  projectRoot: string,
  directory: string,
  cpuByPid: ReadonlyMap<number, number> = new Map(),
): ProfileSummary {
  const summary: ProfileSummary = { categories: new Map(), functions: new Map() };
  for (const name of fs.readdirSync(directory).filter((file) => file.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')) as CpuProfile;
    addProfile(projectRoot, profile, summary, cpuByPid.get(Number.parseInt(name, 10)));
  }
  return summary;
}
