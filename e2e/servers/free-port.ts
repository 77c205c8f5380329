import net from 'node:net';

/**
 * A free loopback port for a server a test starts. With E2E_PORT set (several suites share the
 * machine), it is taken from E2E_PORT+3 … E2E_PORT+99; otherwise the system picks one.
 */
export async function findFreePort(): Promise<number> {
  const base = Number(process.env.E2E_PORT);
  if (!Number.isInteger(base) || base <= 0) return listenOn(0);
  // Start at a random offset so parallel test files rarely race for the same port.
  const offset = Math.floor(Math.random() * 97);
  for (let i = 0; i < 97; i += 1) {
    const port = base + 3 + ((offset + i) % 97);
    try {
      return await listenOn(port);
    } catch {
      // Taken: try the next one.
    }
  }
  throw new Error(`no free port between ${base + 3} and ${base + 99}`);
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
