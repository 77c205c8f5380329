import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_REVALIDATE_SECRET } from './constants';
import { startNextInstance, type NextInstance } from './servers/next-instance';
import { startNotificationMock } from './servers/notification-mock';

// A production server on its own scratch copy of content/, with IndexNow and a WebSub hub
// pointed at a real local mock server: publishing through the webhook notifies both, and a far
// side that fails or hangs never holds publishing up.
const ROOT = path.resolve(import.meta.dirname, '..');
const CONTENT = path.join(ROOT, '.e2e-content-push-indexing');
const KEY = 'e2e-cle-indexnow-7f3a9c21';
const SITE = 'https://www.manchette.example';
const HEADERS = { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` };

let mock: Awaited<ReturnType<typeof startNotificationMock>>;
let server: NextInstance;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  fs.rmSync(CONTENT, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'content'), CONTENT, { recursive: true });
  mock = await startNotificationMock();
  server = await startNextInstance({
    CONTENT_DIR: CONTENT,
    SITE_URL: SITE,
    REVALIDATE_SECRET: E2E_REVALIDATE_SECRET,
    INDEXNOW_KEY: KEY,
    INDEXNOW_ENDPOINT: `${mock.url}/indexnow`,
    WEBSUB_HUB: `${mock.url}/hub`,
  });
});

test.afterAll(async () => {
  await server?.stop();
  await mock?.stop();
  fs.rmSync(CONTENT, { recursive: true, force: true });
});

/** `YYYY-MM-DDTHH:mm:ss+00:00`, a minute ago: published. */
const justNow = () => `${new Date(Date.now() - 60_000).toISOString().slice(0, 19)}+00:00`;

function writeArticle(
  slug: string,
  { draft = false, tag = 'IndexationPoussee', folder = CONTENT, date = justNow() } = {},
) {
  fs.writeFileSync(
    path.join(folder, 'articles', `${slug}.mdx`),
    `---\ntitle: Article ${slug}\ndescription: Publié pendant le test d’indexation.\ndate: ${date}\nauthors: [la-redaction]\nsection: mobile\ntags: [${tag}]\n${draft ? 'draft: true\n' : ''}---\n\nUn paragraphe.\n`,
  );
}

/** Calls the webhook and measures how long the editor waits for its answer. */
async function publish(): Promise<{ articles: string[]; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${server.url}/api/revalidate`, {
    method: 'POST',
    headers: HEADERS,
  });
  const ms = Date.now() - started;
  expect(response.status).toBe(200);
  const answer = (await response.json()) as { articles: string[] };
  return { articles: answer.articles, ms };
}

const received = (since: number, pathname: string) =>
  mock.received.filter((request) => request.at >= since && request.path === pathname);

const feedsPinged = (since: number) =>
  received(since, '/hub')
    .map((request) => new URLSearchParams(request.body))
    .map((form) => `${form.get('hub.mode')} ${form.get('hub.url')}`)
    .sort();

test('the key file answers at /<key>.txt, and no other name does', async () => {
  const file = await fetch(`${server.url}/${KEY}.txt`);
  expect(file.status).toBe(200);
  expect(file.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(await file.text()).toBe(KEY);
  // The site's security headers, as on every response.
  expect(file.headers.get('x-content-type-options')).toBe('nosniff');
  expect(file.headers.get('content-security-policy')).toContain("default-src 'self'");
  for (const name of ['autre-nom-de-fichier', KEY.toUpperCase(), `${KEY}0`, 'court']) {
    const other = await fetch(`${server.url}/${name}.txt`);
    expect(other.status, name).toBe(404);
    expect(await other.text()).not.toContain(KEY);
  }
  // Routes and public files keep their own answers.
  const robots = await fetch(`${server.url}/robots.txt`);
  expect(robots.status).toBe(200);
  expect(await robots.text()).toContain('Sitemap:');
});

test('feeds rendered by this server name the hub beside themselves', async () => {
  // Topic feeds are rendered on their first request, with this server's WEBSUB_HUB.
  const rss = await (await fetch(`${server.url}/tags/huawei/flux/rss.xml`)).text();
  expect(rss).toContain(
    `<atom:link href="${SITE}/tags/huawei/flux/rss.xml" rel="self" type="application/rss+xml"/>`,
  );
  expect(rss).toContain(`<atom:link href="${mock.url}/hub" rel="hub"/>`);
  const atom = await (await fetch(`${server.url}/tags/huawei/flux/atom.xml`)).text();
  expect(atom).toContain(`<link rel="self" href="${SITE}/tags/huawei/flux/atom.xml"/>`);
  expect(atom).toContain(`<link rel="hub" href="${mock.url}/hub"/>`);
  const json = (await (await fetch(`${server.url}/tags/huawei/flux/feed.json`)).json()) as object;
  expect(json).toMatchObject({
    feed_url: `${SITE}/tags/huawei/flux/feed.json`,
    hubs: [{ type: 'WebSub', url: `${mock.url}/hub` }],
  });
});

test('publishing through the webhook submits the new URL to IndexNow and pings the hub', async () => {
  mock.setMode({ status: 200 });
  const since = Date.now();
  writeArticle('indexation-nouvel-article');
  // A draft saved at the same time is never named.
  writeArticle('indexation-brouillon-secret', { draft: true, tag: 'SujetSecret' });
  const answer = await publish();
  expect(answer.articles).toEqual(['indexation-brouillon-secret', 'indexation-nouvel-article']);
  await expect.poll(() => received(since, '/indexnow').length, { timeout: 10_000 }).toBe(1);
  const [submission] = received(since, '/indexnow');
  expect(submission?.contentType).toBe('application/json; charset=utf-8');
  expect(JSON.parse(submission?.body ?? '')).toEqual({
    host: 'www.manchette.example',
    key: KEY,
    keyLocation: `${SITE}/${KEY}.txt`,
    urlList: [`${SITE}/articles/indexation-nouvel-article`],
  });
  const feeds = ['/flux', '/rubriques/mobile/flux', '/tags/indexationpoussee/flux'].flatMap(
    (base) => ['rss.xml', 'atom.xml', 'feed.json'].map((file) => `publish ${SITE}${base}/${file}`),
  );
  await expect.poll(() => feedsPinged(since), { timeout: 10_000 }).toEqual(feeds.sort());
  for (const request of received(since, '/hub'))
    expect(request.contentType).toBe('application/x-www-form-urlencoded');
  expect(mock.received.map((request) => request.body).join('\n')).not.toMatch(
    /brouillon|sujetsecret/i,
  );
  // The site's feeds, rendered again after the publication, carry the hub too.
  const rss = await (await fetch(`${server.url}/flux/rss.xml`)).text();
  expect(rss).toContain('indexation-nouvel-article');
  expect(rss).toContain(`<atom:link href="${mock.url}/hub" rel="hub"/>`);
});

for (const failure of [{ status: 500 }, 'hang'] as const) {
  const name = failure === 'hang' ? 'never answer' : 'answer 500';
  test(`publishing is as fast when IndexNow and the hub ${name}, and the failure is logged`, async () => {
    const slug = `indexation-${failure === 'hang' ? 'panne-muette' : 'erreur-500'}`;
    mock.setMode(failure);
    const since = Date.now();
    const logged = server.server.output().length;
    writeArticle(slug);
    const answer = await publish();
    expect(answer.articles).toEqual([slug]);
    // The webhook answers before any notification is sent: a reload takes well under 3 s here.
    expect(answer.ms).toBeLessThan(3_000);
    const page = await fetch(`${server.url}/articles/${slug}`);
    expect(page.status).toBe(200);
    await expect.poll(() => received(since, '/indexnow').length, { timeout: 10_000 }).toBe(1);
    const host = new URL(mock.url).host;
    const message =
      failure === 'hang'
        ? `[indexation] IndexNow (${host}) n’a pas répondu en 5 s : notification abandonnée.`
        : `[indexation] IndexNow (${host}) a refusé la notification : réponse 500.`;
    await expect
      .poll(() => server.server.output().slice(logged), { timeout: 15_000 })
      .toContain(message);
    expect(server.server.output().slice(logged)).toContain(`[indexation] WebSub (${host})`);
    expect(server.server.output()).not.toContain(KEY);
    // The server kept serving while the notifications failed.
    expect((await fetch(`${server.url}/`)).status).toBe(200);
  });
}

test('a scheduled article is not submitted when saved, but within a minute of going live', async () => {
  test.setTimeout(120_000);
  mock.setMode({ status: 200 });
  const slug = 'indexation-article-programme';
  const url = `${SITE}/articles/${slug}`;
  const goesLive = Date.now() + 10_000;
  const since = Date.now();
  writeArticle(slug, { date: `${new Date(goesLive).toISOString().slice(0, 19)}+00:00` });
  const answer = await publish();
  expect(answer.articles).toEqual([slug]);
  const submitted = () =>
    received(since, '/indexnow').filter((request) => request.body.includes(url));
  // The webhook's notifications leave within a second; none names the scheduled article.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  expect(submitted()).toEqual([]);
  expect((await fetch(`${server.url}/articles/${slug}`)).status).toBe(404);
  // The server checks once a minute for articles gone live.
  await expect.poll(() => submitted().length, { timeout: 80_000, intervals: [1_000] }).toBe(1);
  expect(submitted()[0]?.at).toBeGreaterThanOrEqual(goesLive);
  expect(JSON.parse(submitted()[0]?.body ?? '').urlList).toEqual([url]);
});

test('a file saved under a watched content folder is submitted too', async () => {
  test.setTimeout(90_000);
  mock.setMode({ status: 200 });
  const content = `${CONTENT}-watch`;
  fs.rmSync(content, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const watching = await startNextInstance({
    CONTENT_DIR: content,
    SITE_URL: SITE,
    CONTENT_WATCH: '1',
    INDEXNOW_KEY: KEY,
    INDEXNOW_ENDPOINT: `${mock.url}/indexnow`,
  });
  try {
    await expect.poll(() => watching.server.output()).toContain('Surveillance du contenu active');
    const since = Date.now();
    writeArticle('indexation-par-surveillance', { folder: content });
    await expect.poll(() => received(since, '/indexnow').length, { timeout: 20_000 }).toBe(1);
    expect(JSON.parse(received(since, '/indexnow')[0]?.body ?? '')).toMatchObject({
      urlList: [`${SITE}/articles/indexation-par-surveillance`],
    });
    // No hub was configured for this server.
    expect(received(since, '/hub')).toEqual([]);
  } finally {
    await watching.stop();
    fs.rmSync(content, { recursive: true, force: true });
  }
});
