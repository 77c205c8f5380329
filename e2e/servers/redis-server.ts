import { findFreePort } from './free-port';
import { requireProgram, startProcess, waitForPort } from './processes';

/** A real redis-server the test owns: loopback only, nothing saved to disk, bounded memory. */
export interface TestRedis {
  port: number;
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts redis-server on a free port, or on the given one to restart it where clients expect
 * it (fails loudly when redis-server is not installed).
 */
export async function startRedisServer(port?: number): Promise<TestRedis> {
  const program = requireProgram(
    'redis-server',
    ['redis-server', '/usr/bin/redis-server'],
    'redis-server',
  );
  port ??= await findFreePort();
  // prettier-ignore
  const server = startProcess(program, [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--save', '',
    '--appendonly', 'no',
    '--maxmemory', '64mb',
    '--maxmemory-policy', 'allkeys-lru',
  ]);
  await waitForPort(port, server);
  return { port, url: `redis://127.0.0.1:${port}`, stop: server.stop };
}
