import http from 'node:http';
import { expect, test } from '@playwright/test';
import { SEED_PATH } from './constants';
import { startNginx, type TestNginx } from './servers/nginx-server';

// The shipped nginx config answers 405 to the methods Next mishandles (TRACE: a 500 from route
// handlers; POST, PUT, DELETE…: a static page or feed served as to a GET), and lets the API's
// POSTs through.
let nginx: TestNginx;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, testInfo) => {
  nginx = await startNginx([new URL(String(testInfo.project.use.baseURL)).host]);
});

test.afterAll(async () => {
  await nginx?.stop();
});

/** Node's fetch refuses TRACE, so requests go through node:http. */
function send(method: string, pathname: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${nginx.url}${pathname}`, { method }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end();
  });
}

test('only GET and HEAD reach pages, feeds and images; TRACE is refused', async () => {
  for (const pathname of [SEED_PATH, '/flux/rss.xml', `${SEED_PATH}/og.png`, '/sitemap.xml']) {
    expect(await send('GET', pathname), `GET ${pathname}`).toBeLessThan(400);
    expect(await send('HEAD', pathname), `HEAD ${pathname}`).toBeLessThan(400);
    for (const method of ['TRACE', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      expect(await send(method, pathname), `${method} ${pathname}`).toBe(405);
    }
  }
});

test('the API keeps its POSTs', async () => {
  // The preview exit only answers POST: through nginx it still reaches the app (303 home).
  expect(await send('POST', '/api/preview/exit')).toBe(303);
  expect(await send('TRACE', '/api/preview/exit')).toBe(405);
});
