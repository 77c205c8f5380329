import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readBuiltDeploymentId } from '../lib/deploy/deployment-id';
import { startNextInstance, type NextInstance } from './servers/next-instance';
import { startRedisServer, type TestRedis } from './servers/redis-server';

// Two `next start` instances of the production build share one real redis-server, as two
// machines behind a load balancer would. They read one scratch copy of content/ (a mounted
// volume), which the publish test writes to.
const ROOT = path.resolve(import.meta.dirname, '..');
const CONTENT = path.join(ROOT, '.e2e-content-cluster');
let redis: TestRedis;
let a: NextInstance;
let b: NextInstance;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  fs.rmSync(CONTENT, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'content'), CONTENT, { recursive: true });
  redis = await startRedisServer();
  const env = { REDIS_URL: redis.url, CONTENT_DIR: CONTENT };
  [a, b] = await Promise.all([startNextInstance(env), startNextInstance(env)]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.stop();
  fs.rmSync(CONTENT, { recursive: true, force: true });
});

async function get(instance: NextInstance, pathname: string) {
  const response = await fetch(`${instance.url}${pathname}`);
  return {
    status: response.status,
    nextCache: response.headers.get('x-nextjs-cache'),
    body: await response.text(),
  };
}

test('a page one instance rendered is served by the other from Redis', async () => {
  // Topic feeds are rendered on their first request, never at build time.
  const feed = '/tags/huawei/flux/rss.xml';
  const fromA = await get(a, feed);
  expect(fromA.status).toBe(200);
  expect(fromA.nextCache).toBe('MISS');
  const fromB = await get(b, feed);
  expect(fromB.status).toBe(200);
  expect(fromB.nextCache).toBe('HIT');
  expect(fromB.body).toBe(fromA.body);
});

test('both instances link the assets of the deployment the build chose', async () => {
  const id = readBuiltDeploymentId(ROOT);
  expect(id).toMatch(/^[A-Za-z0-9._-]+$/);
  for (const instance of [a, b]) {
    const { body } = await get(instance, '/');
    expect(body).toContain(`?dpl=${id}`);
  }
});

test('without Redis the instances keep serving, and share again once it is back', async () => {
  test.setTimeout(60_000);
  await redis.stop();
  try {
    for (const pathname of [
      '/',
      '/articles/ambitions-contrariees-huawei-etats-unis',
      '/tags/huawei/flux/atom.xml',
    ]) {
      expect((await get(a, pathname)).status, pathname).toBe(200);
    }
    expect(a.server.output()).toContain('[cache redis]');
  } finally {
    redis = await startRedisServer(redis.port);
  }
  // The client reconnects by itself: a feed rendered on A is again served by B from Redis. Each
  // try uses a feed neither instance has rendered, so B cannot be answering from its own render.
  const unseen = ['5g', 'apple', 'google', 'orange', 'free', 'nokia', 'enisa', 'meta'].flatMap(
    (tag) => ['rss.xml', 'atom.xml', 'feed.json'].map((file) => `/tags/${tag}/flux/${file}`),
  );
  await expect
    .poll(
      async () => {
        const feed = unseen.shift();
        if (!feed) return 'no feed left to try';
        expect((await get(a, feed)).status, feed).toBe(200);
        return (await get(b, feed)).nextCache;
      },
      { timeout: 20_000, intervals: [500] },
    )
    .toBe('HIT');
});
