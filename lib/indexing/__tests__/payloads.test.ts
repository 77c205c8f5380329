import { describe, expect, it } from 'vitest';
import {
  INDEXNOW_URL_LIMIT,
  buildIndexNowPayloads,
  createIndexNowNotifications,
} from '@/lib/indexing/indexnow';
import { listFeedPaths } from '@/lib/indexing/push';
import { createWebSubNotifications } from '@/lib/indexing/websub';

const SITE = new URL('https://www.manchette.example');
const KEY = 'cle-de-test-1234';

describe('IndexNow payload', () => {
  it('names the host, the key, its file and the absolute URLs, each once', () => {
    expect(buildIndexNowPayloads(['/articles/a', '/articles/b', '/articles/a'], KEY, SITE)).toEqual(
      [
        {
          host: 'www.manchette.example',
          key: KEY,
          keyLocation: 'https://www.manchette.example/cle-de-test-1234.txt',
          urlList: [
            'https://www.manchette.example/articles/a',
            'https://www.manchette.example/articles/b',
          ],
        },
      ],
    );
  });

  it('sends nothing for no URL, and splits past 10,000 URLs', () => {
    expect(buildIndexNowPayloads([], KEY, SITE)).toEqual([]);
    const paths = Array.from({ length: INDEXNOW_URL_LIMIT + 1 }, (_, i) => `/articles/a-${i}`);
    const payloads = buildIndexNowPayloads(paths, KEY, SITE);
    expect(payloads.map((payload) => payload.urlList.length)).toEqual([INDEXNOW_URL_LIMIT, 1]);
    expect(payloads[1]?.urlList).toEqual([
      `https://www.manchette.example/articles/a-${INDEXNOW_URL_LIMIT}`,
    ]);
  });

  it('is posted as JSON to the configured endpoint', () => {
    const [notification] = createIndexNowNotifications(
      ['/articles/a'],
      { key: KEY, endpoint: 'http://127.0.0.1:4650/indexnow' },
      SITE,
    );
    expect(notification).toMatchObject({
      service: 'IndexNow',
      url: 'http://127.0.0.1:4650/indexnow',
      contentType: 'application/json; charset=utf-8',
    });
    expect(JSON.parse(notification?.body ?? '')).toMatchObject({
      urlList: ['https://www.manchette.example/articles/a'],
    });
  });
});

describe('WebSub ping', () => {
  it('lists the three feeds of the site and of each listing', () => {
    expect(listFeedPaths(['/rubriques/mobile', '/rubriques/mobile', '/tags/huawei'])).toEqual([
      '/flux/rss.xml',
      '/flux/atom.xml',
      '/flux/feed.json',
      '/rubriques/mobile/flux/rss.xml',
      '/rubriques/mobile/flux/atom.xml',
      '/rubriques/mobile/flux/feed.json',
      '/tags/huawei/flux/rss.xml',
      '/tags/huawei/flux/atom.xml',
      '/tags/huawei/flux/feed.json',
    ]);
  });

  it('posts hub.mode=publish with each feed URL as a form', () => {
    const notifications = createWebSubNotifications(
      ['/flux/rss.xml', '/rubriques/mobile/flux/atom.xml'],
      'https://hub.example/',
      SITE,
    );
    expect(notifications).toEqual([
      {
        service: 'WebSub',
        url: 'https://hub.example/',
        contentType: 'application/x-www-form-urlencoded',
        body: 'hub.mode=publish&hub.url=https%3A%2F%2Fwww.manchette.example%2Fflux%2Frss.xml',
      },
      {
        service: 'WebSub',
        url: 'https://hub.example/',
        contentType: 'application/x-www-form-urlencoded',
        body: 'hub.mode=publish&hub.url=https%3A%2F%2Fwww.manchette.example%2Frubriques%2Fmobile%2Fflux%2Fatom.xml',
      },
    ]);
  });
});
