import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readBuiltDeploymentId } from '../lib/deploy/deployment-id';
import { E2E_REVALIDATE_SECRET } from './constants';
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
  const env = {
    REDIS_URL: redis.url,
    CONTENT_DIR: CONTENT,
    REVALIDATE_SECRET: E2E_REVALIDATE_SECRET,
  };
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

test('an article published through instance A is read from instance B: page, front page, RSS', async () => {
  test.setTimeout(60_000);
  const slug = 'depeche-publiee-par-une-autre-instance';
  const title = 'Une dépêche publiée par l’instance A, lue sur l’instance B';
  // B has already answered and cached these pages (and the 404 of the unpublished slug), so
  // what it serves afterwards must come from the publish, not from a first render.
  for (const pathname of ['/', '/flux/rss.xml', `/articles/${slug}`]) await get(b, pathname);
  expect((await get(b, '/')).nextCache).toMatch(/HIT|STALE/);
  expect((await get(b, `/articles/${slug}`)).status).toBe(404);

  const date = `${new Date(Date.now() - 60_000).toISOString().slice(0, 19)}+00:00`;
  fs.writeFileSync(
    path.join(CONTENT, 'articles', `${slug}.mdx`),
    `---\ntitle: ${title}\ndescription: Écrite sur le volume partagé, publiée par un seul appel.\ndate: ${date}\nauthors: [la-redaction]\nsection: mobile\ntags: [Smartphones]\n---\n\nUne seule instance reçoit l’appel ; les autres suivent.\n`,
  );
  const response = await fetch(`${a.url}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` },
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ changed: true, articles: [slug], problems: [] });

  // B never received the webhook: it learns of the reload through Redis.
  await expect
    .poll(
      async () => {
        const page = await get(b, `/articles/${slug}`);
        return page.status === 200 && page.body.includes(title);
      },
      { timeout: 15_000, message: `B serves /articles/${slug} with its headline` },
    )
    .toBe(true);
  await expect
    .poll(async () => (await get(b, '/')).body.includes(`/articles/${slug}`), {
      timeout: 15_000,
      message: 'B lists the article on its front page',
    })
    .toBe(true);
  await expect
    .poll(async () => (await get(b, '/flux/rss.xml')).body.includes(`/articles/${slug}`), {
      timeout: 15_000,
      message: 'B carries the article in its RSS feed',
    })
    .toBe(true);
  expect((await get(b, '/flux/rss.xml')).body).toContain(title);
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
