import { afterEach, describe, expect, it, vi } from 'vitest';
import { pushPublishedChanges } from '@/lib/indexing/push';
import { sendNotification } from '@/lib/indexing/send';
import { startMockEndpoint } from '@/lib/indexing/__tests__/mock-endpoint';

const KEY = 'cle-secrete-de-test-42';
const SITE = new URL('https://www.manchette.example');
const notification = (url: string) => ({
  service: 'IndexNow',
  url: `${url}/indexnow?token=JETON-PRIVE`,
  contentType: 'application/json; charset=utf-8',
  body: '{"urlList":[]}',
});

let stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.map((stop) => stop()));
  stops = [];
  vi.restoreAllMocks();
});

async function mock(behaviour: Parameters<typeof startMockEndpoint>[0]) {
  const endpoint = await startMockEndpoint(behaviour);
  stops.push(endpoint.close);
  return endpoint;
}

function captureLogs() {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const infos = vi.spyOn(console, 'info').mockImplementation(() => undefined);
  return {
    errors: () => errors.mock.calls.map((call) => call.join(' ')),
    infos: () => infos.mock.calls.map((call) => call.join(' ')),
  };
}

describe('sendNotification', () => {
  it('posts the body and reports an accepted notification', async () => {
    const endpoint = await mock({ status: 202 });
    const logs = captureLogs();
    expect(await sendNotification(notification(endpoint.url))).toBe(true);
    expect(endpoint.received).toEqual([
      {
        method: 'POST',
        path: '/indexnow?token=JETON-PRIVE',
        contentType: 'application/json; charset=utf-8',
        body: '{"urlList":[]}',
      },
    ]);
    expect(logs.errors()).toEqual([]);
  });

  it('logs a refusal in French, naming the host but not the path or query', async () => {
    const endpoint = await mock({ status: 500 });
    const logs = captureLogs();
    expect(await sendNotification(notification(endpoint.url))).toBe(false);
    const host = new URL(endpoint.url).host;
    expect(logs.errors()).toEqual([
      `[indexation] IndexNow (${host}) a refusé la notification : réponse 500. La publication n’est pas affectée.`,
    ]);
  });

  it('does not follow a redirect: it is reported like a refusal', async () => {
    const endpoint = await mock({ status: 307 });
    const logs = captureLogs();
    expect(await sendNotification(notification(endpoint.url))).toBe(false);
    expect(endpoint.received).toHaveLength(1);
    expect(logs.errors()).toEqual([
      `[indexation] IndexNow (${new URL(endpoint.url).host}) a refusé la notification : réponse 307. La publication n’est pas affectée.`,
    ]);
  });

  it('gives up on a server that never answers after the timeout, and says so', async () => {
    const endpoint = await mock('hang');
    const logs = captureLogs();
    const started = performance.now();
    expect(await sendNotification(notification(endpoint.url), 300)).toBe(false);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(3_000);
    expect(endpoint.received).toHaveLength(1);
    expect(logs.errors()).toEqual([
      `[indexation] IndexNow (${new URL(endpoint.url).host}) n’a pas répondu en 0,3 s : notification abandonnée. La publication n’est pas affectée.`,
    ]);
  });

  it('logs an unreachable host without throwing', async () => {
    const endpoint = await mock({ status: 200 });
    await endpoint.close();
    const logs = captureLogs();
    expect(await sendNotification(notification(endpoint.url))).toBe(false);
    expect(logs.errors()).toEqual([
      `[indexation] IndexNow (${new URL(endpoint.url).host}) est injoignable (ECONNREFUSED). La publication n’est pas affectée.`,
    ]);
  });
});

describe('pushPublishedChanges', () => {
  const changes = {
    articlePaths: ['/articles/nouvelle', '/articles/retiree'],
    feedPaths: ['/flux/rss.xml', '/rubriques/mobile/flux/rss.xml'],
  };

  it('submits the articles to IndexNow and pings the hub for each feed', async () => {
    const indexNow = await mock({ status: 200 });
    const hub = await mock({ status: 204 });
    const logs = captureLogs();
    await pushPublishedChanges(changes, {
      site: SITE,
      env: {
        INDEXNOW_KEY: KEY,
        INDEXNOW_ENDPOINT: `${indexNow.url}/indexnow`,
        WEBSUB_HUB: `${hub.url}/hub`,
      },
    });
    expect(indexNow.received).toHaveLength(1);
    expect(indexNow.received[0]?.path).toBe('/indexnow');
    expect(JSON.parse(indexNow.received[0]?.body ?? '')).toEqual({
      host: 'www.manchette.example',
      key: KEY,
      keyLocation: `https://www.manchette.example/${KEY}.txt`,
      urlList: [
        'https://www.manchette.example/articles/nouvelle',
        'https://www.manchette.example/articles/retiree',
      ],
    });
    expect(hub.received.map((request) => `${request.path} ${request.body}`).sort()).toEqual([
      '/hub hub.mode=publish&hub.url=https%3A%2F%2Fwww.manchette.example%2Fflux%2Frss.xml',
      '/hub hub.mode=publish&hub.url=https%3A%2F%2Fwww.manchette.example%2Frubriques%2Fmobile%2Fflux%2Frss.xml',
    ]);
    expect(logs.infos().sort()).toEqual([
      '[indexation] IndexNow : 2 adresses notifiées.',
      '[indexation] WebSub : 2 adresses notifiées.',
    ]);
    expect([...logs.infos(), ...logs.errors()].join('\n')).not.toContain(KEY);
  });

  it('does nothing when neither service is configured, or nothing changed', async () => {
    const endpoint = await mock({ status: 200 });
    await pushPublishedChanges(changes, { site: SITE, env: {} });
    await pushPublishedChanges(
      { articlePaths: [], feedPaths: [] },
      { site: SITE, env: { INDEXNOW_KEY: KEY, INDEXNOW_ENDPOINT: endpoint.url } },
    );
    expect(endpoint.received).toEqual([]);
  });

  it('a hanging search engine delays neither the hub nor past its timeout, and never throws', async () => {
    const indexNow = await mock('hang');
    const hub = await mock({ status: 500 });
    const logs = captureLogs();
    const started = performance.now();
    await pushPublishedChanges(changes, {
      site: SITE,
      timeoutMs: 400,
      env: { INDEXNOW_KEY: KEY, INDEXNOW_ENDPOINT: indexNow.url, WEBSUB_HUB: hub.url },
    });
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(hub.received).toHaveLength(2);
    expect(logs.errors().sort()).toEqual([
      `[indexation] IndexNow (${new URL(indexNow.url).host}) n’a pas répondu en 0,4 s : notification abandonnée. La publication n’est pas affectée.`,
      `[indexation] WebSub (${new URL(hub.url).host}) a refusé la notification : réponse 500. La publication n’est pas affectée.`,
      `[indexation] WebSub (${new URL(hub.url).host}) a refusé la notification : réponse 500. La publication n’est pas affectée.`,
    ]);
    expect(logs.infos()).toEqual([]);
  });
});
