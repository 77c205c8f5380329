import http from 'node:http';

/** A request the mock endpoint received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  contentType: string;
  body: string;
}

/** What the mock does with each request: answer with a status, or never answer. */
export type MockBehaviour = { status: number } | 'hang';

/** A real HTTP server on a free loopback port, standing in for IndexNow or a WebSub hub. */
export async function startMockEndpoint(behaviour: MockBehaviour) {
  const received: ReceivedRequest[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        path: request.url ?? '',
        contentType: request.headers['content-type'] ?? '',
        body,
      });
      if (behaviour !== 'hang') response.writeHead(behaviour.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
