import http from 'node:http';
import { findFreePort } from './free-port';

/** A POST the mock received: IndexNow's JSON or a WebSub hub's form. */
export interface ReceivedNotification {
  path: string;
  contentType: string;
  body: string;
  /** When it arrived (ms since the epoch). */
  at: number;
}

/** How the mock answers: with a status, or never (the request hangs until the server stops). */
export type NotificationMockMode = { status: number } | 'hang';

/**
 * A real HTTP server standing in for IndexNow and a WebSub hub, on a free port of this suite's
 * range. Its answer can be changed between tests.
 */
export async function startNotificationMock() {
  const received: ReceivedNotification[] = [];
  let mode: NotificationMockMode = { status: 200 };
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({
        path: request.url ?? '',
        contentType: request.headers['content-type'] ?? '',
        body,
        at: Date.now(),
      });
      if (mode !== 'hang') response.writeHead(mode.status).end();
    });
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    setMode: (next: NotificationMockMode) => {
      mode = next;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
