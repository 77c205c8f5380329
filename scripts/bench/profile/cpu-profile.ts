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
export function addProfile(projectRoot: string, profile: CpuProfile, times: CategoryTimes): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }
  const rules = new Map<number, CategoryRule | undefined>();
  const ruleOf = (id: number) => {
    if (!rules.has(id)) {
      const frame = byId.get(id)?.callFrame;
      const source = frame
        ? resolveSource(projectRoot, frame.url, frame.lineNumber, frame.columnNumber)
        : '';
      rules.set(id, frame && matchRule(source, frame.functionName));
    }
    return rules.get(id);
  };
  const categories = new Map<number, string>();
  const categoryOf = (id: number): string => {
    const known = categories.get(id);
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
    categories.set(id, category);
    return category;
  };
  profile.samples.forEach((id, index) => {
    const name = byId.get(id)?.callFrame.functionName ?? '';
    if (IDLE_NAMES.has(name)) return;
    const category = categoryOf(id);
    times.set(category, (times.get(category) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
}

/** Reads every `.cpuprofile` in a folder and sums their sampled time per category. */
export function readProfiles(projectRoot: string, directory: string): CategoryTimes {
  const times: CategoryTimes = new Map();
  for (const name of fs.readdirSync(directory).filter((file) => file.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')) as CpuProfile;
    addProfile(projectRoot, profile, times);
  }
  return times;
}
