import { spawn } from 'node:child_process';
import fs from 'node:fs';

const PAGE_SIZE = 4096;

/** Resident memory of every process on the machine, with its parent: one pass over /proc. */
function readProcessTable(): Map<number, { parent: number; rssBytes: number }> {
  const table = new Map<number, { parent: number; rssBytes: number }>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces or parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(entry), {
        parent: Number(fields[1]),
        rssBytes: Number(fields[21]) * PAGE_SIZE,
      });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return table;
}

/** Sum of the resident memory of `root` and all of its descendants, in bytes. */
export function readTreeRss(root: number): number {
  const table = readProcessTable();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) {
    const siblings = children.get(parent);
    if (siblings) siblings.push(pid);
    else children.set(parent, [pid]);
  }
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop() ?? root;
    total += table.get(pid)?.rssBytes ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** What a measured command did: exit code, wall time, peak memory of its tree, and its output. */
export interface MeasuredRun {
  code: number;
  wallMs: number;
  /**
   * User + system CPU time of the whole tree. On a machine shared with other jobs it varies far
   * less than wall time, so it tells whether a change made the work smaller.
   */
  cpuMs: number;
  peakRssBytes: number;
  output: string;
}

// bash's `times` prints the CPU time of every waited-for descendant once the command has ended.
const TIMES_WRAPPER = '"$@"; status=$?; times >&2; exit $status';

/** Reads the children's line of bash `times` (`0m12.345s 0m1.234s`) as milliseconds. */
export function readChildrenCpuMs(output: string): number {
  const lines = output.trim().split('\n');
  const match = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(lines.at(-1)?.trim() ?? '');
  if (!match) return Number.NaN;
  const [, userMin, userSec, sysMin, sysSec] = match.map(Number);
  return ((userMin ?? 0) * 60 + (userSec ?? 0) + (sysMin ?? 0) * 60 + (sysSec ?? 0)) * 1000;
}

/**
 * Runs a command, sampling the resident memory of its whole process tree every `sampleMs` (Next
 * builds fork workers, so the parent's own peak would under-count). Output lines go to `onLine`.
 */
export function runMeasured(
  command: string,
  args: readonly string[],
  {
    env,
    cwd,
    onLine,
    sampleMs = 200,
  }: {
    env: NodeJS.ProcessEnv;
    cwd: string;
    onLine?: (line: string) => void;
    sampleMs?: number;
  },
): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('bash', ['-c', TIMES_WRAPPER, 'bash', command, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peak = 0;
    let output = '';
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, readTreeRss(child.pid));
    };
    const timer = setInterval(sample, sampleMs);
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) if (line.trim() !== '') onLine?.(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        code: code ?? 1,
        wallMs: performance.now() - started,
        cpuMs: readChildrenCpuMs(output),
        peakRssBytes: peak,
        output,
      });
    });
    sample();
  });
}
