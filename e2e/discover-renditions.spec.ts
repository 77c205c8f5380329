import { expect, test, type APIRequestContext } from '@playwright/test';
import sharp from 'sharp';
import { SEED_PATH } from './constants';

// Google Discover: each article's JSON-LD offers 16:9, 4:3 and 1:1 versions of its lead image
// (or, without one, of its sharing card), each over 50,000 px², made with sharp on first request.
const WITH_IMAGE = '/articles/cyber-resilience-act-signalement-failles';
const WITHOUT_IMAGE = SEED_PATH;
const RATIOS: Record<string, number> = { '16x9': 16 / 9, '4x3': 4 / 3, '1x1': 1 };

interface ImageObject {
  '@type': string;
  url: string;
  width: number;
  height: number;
}

async function readRenditions(request: APIRequestContext, path: string): Promise<ImageObject[]> {
  const html = await (await request.get(path)).text();
  const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}';
  const graph = (JSON.parse(json) as { '@graph'?: { '@type': string; image?: unknown[] }[] })[
    '@graph'
  ];
  const article = graph?.find((node) => node['@type'] === 'NewsArticle');
  return (article?.image ?? []).filter(
    (image): image is ImageObject =>
      typeof image === 'object' && image !== null && '@type' in image,
  );
}

for (const [label, path, minWidth] of [
  ['with a lead image', WITH_IMAGE, 1200],
  ['without a lead image (the card drawn at each ratio)', WITHOUT_IMAGE, 1200],
] as const) {
  test(`an article ${label} offers three renditions that are what they claim`, async ({
    request,
  }) => {
    const renditions = await readRenditions(request, path);
    expect(renditions.map((image) => /\/visuel\/(\w+)\.jpg\?v=/.exec(image.url)?.[1])).toEqual([
      '16x9',
      '4x3',
      '1x1',
    ]);
    expect(renditions[0]?.width).toBeGreaterThanOrEqual(minWidth);
    for (const image of renditions) {
      const url = new URL(image.url);
      const response = await request.get(`${url.pathname}${url.search}`);
      expect(response.status(), image.url).toBe(200);
      expect(response.headers()['content-type']).toBe('image/jpeg');
      expect(response.headers()['cache-control']).toContain('immutable');
      const meta = await sharp(await response.body()).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', image.width, image.height]);
      expect(image.width * image.height).toBeGreaterThanOrEqual(50_000);
      const format = /\/visuel\/(\w+)\.jpg/.exec(url.pathname)?.[1] ?? '';
      expect(Math.abs(image.width / image.height - (RATIOS[format] ?? 0))).toBeLessThan(0.01);
    }
  });
}

test('an outdated version redirects to the current one; unknown formats and slugs are 404', async ({
  request,
}) => {
  const [current] = await readRenditions(request, WITH_IMAGE);
  const currentPath = new URL(current?.url ?? '').pathname;
  const stale = await request.get(`${currentPath}?v=000000000000`, { maxRedirects: 0 });
  expect(stale.status()).toBe(307);
  expect(stale.headers().location).toBe(`${currentPath}${new URL(current?.url ?? '').search}`);
  for (const missing of [
    `${WITH_IMAGE}/visuel/2x1.jpg`,
    `${WITH_IMAGE}/visuel/16x9.png`,
    '/articles/article-inconnu/visuel/16x9.jpg',
  ]) {
    expect((await request.get(missing, { maxRedirects: 0 })).status(), missing).toBe(404);
  }
});

test('a former slug redirects to the current article’s rendition', async ({ request }) => {
  const response = await request.get('/articles/huawei-att-ces-2018/visuel/1x1.jpg', {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(
    new RegExp(`^${SEED_PATH}/visuel/1x1\\.jpg\\?v=[0-9a-f]{12}$`),
  );
});
