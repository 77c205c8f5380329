import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { nextBin } from '@/scripts/bench/standalone-app';

/** A `next start` server on 127.0.0.1, started by the benchmark and stopped by its pid. */
export interface RunningServer {
  origin: string;
  /** The server's own pid (Next runs in the spawned node process), for memory readings. */
  pid: number;
  stop(): Promise<void>;
}

async function waitUntilReady(
  origin: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      await fetch(`${origin}/`, { signal: AbortSignal.timeout(5000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`next start did not answer on ${origin} within ${timeoutMs / 1000} s`);
}

/** How the server's node process is run, for instruments such as the soak's GC trace. */
export interface ServerInstruments {
  /** Options for node itself, before Next's entry point (e.g. `--trace-gc`). */
  nodeArgs?: readonly string[];
  /** Receives the server's standard output, one chunk at a time. */
  onStdout?: (chunk: string) => void;
}

/**
 * Starts the production server of the last build (node runs Next directly, so the pid is the
 * server). `appDirectory` is the Next app to serve, the project itself unless told otherwise.
 */
export async function startServer(
  projectRoot: string,
  port: number,
  env: NodeJS.ProcessEnv,
  appDirectory = projectRoot,
  instruments: ServerInstruments = {},
): Promise<RunningServer> {
  // Each app runs its own Next: the site's, or a comparison app's install at the same version.
  const next = nextBin(appDirectory);
  const args = [
    ...(instruments.nodeArgs ?? []),
    next,
    'start',
    '-p',
    String(port),
    '-H',
    '127.0.0.1',
  ];
  const child = spawn(process.execPath, args, {
    cwd: appDirectory,
    env,
    stdio: ['ignore', instruments.onStdout ? 'pipe' : 'ignore', 'pipe'],
  });
  const { onStdout } = instruments;
  if (onStdout) child.stdout?.on('data', (chunk: Buffer) => onStdout(chunk.toString()));
  let errors = '';
  // BENCH_SERVER_LOG=<file> keeps what each server writes to stderr, to diagnose a failed wait.
  const log = process.env.BENCH_SERVER_LOG;
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
    if (log) fs.appendFileSync(log, chunk);
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await waitUntilReady(origin, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${errors}`);
  }
  return { origin, pid: child.pid ?? -1, stop };
}
