import net from 'node:net';

/** Ports below E2E_PORT+FIRST are the Playwright config's own servers. */
const FIRST = 10;
const LAST = 99;

/**
 * A free loopback port for a server a test starts. With E2E_PORT set (several suites share the
 * machine), it is taken from E2E_PORT+10 … E2E_PORT+99; otherwise the system picks one.
 */
export async function findFreePort(): Promise<number> {
  const base = Number(process.env.E2E_PORT);
  if (!Number.isInteger(base) || base <= 0) return listenOn(0);
  const count = LAST - FIRST + 1;
  // Start at a random offset so parallel test files rarely race for the same port.
  const offset = Math.floor(Math.random() * count);
  for (let i = 0; i < count; i += 1) {
    const port = base + FIRST + ((offset + i) % count);
    try {
      return await listenOn(port);
    } catch {
      // Taken: try the next one.
    }
  }
  throw new Error(`no free port between ${base + FIRST} and ${base + LAST}`);
}

function listenOn(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
