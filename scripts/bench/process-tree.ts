import { spawn } from 'node:child_process';
import fs from 'node:fs';

const PAGE_SIZE = 4096;
/** Kernel clock ticks per second, in which /proc reports CPU time (`getconf CLK_TCK`). */
const CLOCK_TICKS = 100;

interface ProcessInfo {
  parent: number;
  rssBytes: number;
  /** User + system CPU time used so far, in milliseconds. */
  cpuMs: number;
}

/** Memory and CPU time of every process on the machine, with its parent: one pass over /proc. */
function readProcessTable(): Map<number, ProcessInfo> {
  const table = new Map<number, ProcessInfo>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces or parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(entry), {
        parent: Number(fields[1]),
        rssBytes: Number(fields[21]) * PAGE_SIZE,
        cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS,
      });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return table;
}

/** The processes of `root`'s tree: itself and all of its descendants. */
export function readTree(root: number): Map<number, ProcessInfo> {
  const table = readProcessTable();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) {
    const siblings = children.get(parent);
    if (siblings) siblings.push(pid);
    else children.set(parent, [pid]);
  }
  const tree = new Map<number, ProcessInfo>();
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop() ?? root;
    const info = table.get(pid);
    if (info) tree.set(pid, info);
    pending.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** What a measured command did: exit code, wall time, peak memory of its tree, and its output. */
export interface MeasuredRun {
  code: number;
  wallMs: number;
  /**
   * User + system CPU time of the whole tree, as last sampled (the final ~200 ms of each process
   * are missed). On a machine shared with other jobs it varies less than wall time.
   */
  cpuMs: number;
  /** The same CPU time, by process id (the profile scales each process's samples to it). */
  cpuByPid: Map<number, number>;
  peakRssBytes: number;
  output: string;
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
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let output = '';
    // Last CPU time seen for each process of the tree (workers come and go during a build).
    const cpuByPid = new Map<number, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = readTree(child.pid);
      let rss = 0;
      for (const [pid, info] of tree) {
        rss += info.rssBytes;
        cpuByPid.set(pid, info.cpuMs);
      }
      peak = Math.max(peak, rss);
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
        cpuMs: [...cpuByPid.values()].reduce((total, ms) => total + ms, 0),
        cpuByPid,
        peakRssBytes: peak,
        output,
      });
    });
    sample();
  });
}
