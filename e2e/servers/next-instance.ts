import path from 'node:path';
import { findFreePort } from './free-port';
import { startProcess, waitForPort, type RunningProcess } from './processes';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** One more `next start` of the production build, as a second machine would run it. */
export interface NextInstance {
  url: string;
  server: RunningProcess;
  stop: () => Promise<void>;
}

/** Starts `next start` on a free port with extra environment (REDIS_URL, CONTENT_DIR…). */
export async function startNextInstance(env: Record<string, string>): Promise<NextInstance> {
  const port = await findFreePort();
  const server = startProcess(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/next/dist/bin/next'),
      'start',
      '-p',
      String(port),
      '-H',
      '127.0.0.1',
    ],
    { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } },
  );
  await waitForPort(port, server, 60_000);
  return { url: `http://127.0.0.1:${port}`, server, stop: server.stop };
}
