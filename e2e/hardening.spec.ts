import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DRAFT_SLUG, SCHEDULED_SLUG, SEED_PATH } from './constants';

// Bad input never earns a 500: every route type with a malformed percent-encoding, images with
// widths or qualities we do not use, Open Graph cards with the wrong version or slug.

const MALFORMED = [
  '/articles/%E9t%E9',
  '/articles/%E9/og.png',
  '/tags/%E9',
  '/tags/%E9/page/2',
  '/tags/%E9/flux/rss.xml',
  '/tags/huawei/flux/%E9',
  '/rubriques/%E9',
  '/rubriques/mobile/page/%E9',
  '/rubriques/%E9/flux/atom.xml',
  '/auteurs/%E9',
  '/auteurs/la-redaction/page/%C3',
  '/archives/page/%E9',
  '/flux/%E9',
  '/sitemaps/%E9',
  '/sitemaps/%ZZ.xml',
];

test.describe('malformed addresses', () => {
  for (const url of MALFORMED) {
    test(`${url} answers 400 in French, with the security headers`, async ({ request }) => {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status()).toBe(400);
      expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      const html = await response.text();
      expect(html).toContain('Adresse invalide');
      expect(html).toContain('noindex');
    });
  }

  test('a malformed search query is an ordinary search, not an error', async ({ request }) => {
    expect((await request.get('/recherche?q=%E9')).status()).toBe(200);
  });
});

test.describe('unsupported methods', () => {
  test('answer 405 on pages, the preview exit and metadata routes', async ({ request }) => {
    for (const [method, url] of [
      ['POST', '/'],
      ['DELETE', '/tags'],
      ['PUT', '/sitemap.xml'],
      ['GET', '/api/preview/exit'],
      ['PUT', '/api/preview'],
    ] as const) {
      const response = await request.fetch(url, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${url}`).toBe(405);
    }
  });
});

test.describe('optimised images', () => {
  const image = (width: number, quality = 75) =>
    `/_next/image?url=%2Fimages%2Ffibre-optique.jpg&w=${width}&q=${quality}`;

  test('accept only the widths and the quality the pages use', async ({ page, request }) => {
    await page.goto('/');
    const srcset = (await page.locator('main img[srcset]').first().getAttribute('srcset')) ?? '';
    const widths = [...srcset.matchAll(/[?&]w=(\d+)/g)].map((match) => Number(match[1]));
    expect(widths.length).toBeGreaterThan(1);
    expect(new Set([...srcset.matchAll(/[?&]q=(\d+)/g)].map((match) => match[1]))).toEqual(
      new Set(['75']),
    );
    for (const width of widths) {
      expect([96, 192, 384, 640, 828, 1200, 1600], `w=${width}`).toContain(width);
    }
    expect((await request.get(image(640))).status()).toBe(200);
    for (const url of [image(3840), image(2048), image(32), image(640, 100), image(640, 50)]) {
      expect((await request.get(url)).status(), url).toBe(400);
    }
  });
});

test.describe('Open Graph cards', () => {
  test('live at a versioned URL cached for a year; other versions redirect to it', async ({
    page,
    request,
  }) => {
    await page.goto(SEED_PATH);
    const card = await page.locator('meta[property="og:image"]').getAttribute('content');
    const url = new URL(card ?? '');
    expect(url.pathname).toBe(`${SEED_PATH}/og.png`);
    expect(url.searchParams.get('v')).toMatch(/^[0-9a-f]{12}$/);
    const current = `${url.pathname}${url.search}`;

    const first = await request.get(current);
    expect(first.status()).toBe(200);
    expect(first.headers()['content-type']).toBe('image/png');
    expect(first.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const again = await request.get(current);
    expect(Buffer.compare(await again.body(), await first.body())).toBe(0);

    for (const stale of [`${SEED_PATH}/og.png`, `${SEED_PATH}/og.png?v=000000000000`]) {
      const response = await request.get(stale, { maxRedirects: 0 });
      expect(response.status(), stale).toBe(307);
      expect(response.headers().location, stale).toBe(current);
      expect(response.headers()['cache-control'], stale).toBe('public, max-age=60');
    }
  });

  test('former slugs redirect to the article’s card; others are cheap 404s', async ({
    request,
  }) => {
    const alias = await request.get('/articles/huawei-att-ces-2018/og.png', { maxRedirects: 0 });
    expect(alias.status()).toBe(308);
    expect(alias.headers().location).toMatch(
      new RegExp(`^${SEED_PATH}/og\\.png\\?v=[0-9a-f]{12}$`),
    );
    for (const slug of [DRAFT_SLUG, SCHEDULED_SLUG, 'article-inconnu']) {
      const response = await request.get(`/articles/${slug}/og.png?v=000000000000`);
      expect(response.status(), slug).toBe(404);
      expect(response.headers()['cache-control'], slug).toBe('public, max-age=60');
      expect(response.headers()['x-nextjs-cache'], slug).toBeUndefined();
    }
  });
});

test.describe('SITE_URL', () => {
  const port = Number(process.env.E2E_PORT ?? 3210) + 3;

  /** Starts `next start` with `env`, collects its output until it is ready, then stops it. */
  async function readStartOutput(env: Record<string, string>): Promise<string> {
    const child = spawn(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
      { cwd: path.resolve(import.meta.dirname, '..'), env: { ...process.env, ...env } },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await expect.poll(() => output, { timeout: 30_000 }).toContain('next.config');
    } finally {
      child.kill('SIGTERM');
    }
    return output;
  }

  test('npm start warns in French when it is unset, and not when it is set', async () => {
    test.setTimeout(90_000);
    // An empty marker: the warning may not be considered already printed by a parent process.
    const without = await readStartOutput({ SITE_URL: '', MANCHETTE_SITE_URL_WARNED: '' });
    expect(without).toContain("SITE_URL n'est pas défini");
    expect(without).toContain('SITE_URL=https://votre-domaine.fr npm start');
    const withUrl = await readStartOutput({
      SITE_URL: 'https://www.exemple.fr',
      MANCHETTE_SITE_URL_WARNED: '',
    });
    expect(withUrl).not.toContain('SITE_URL');
  });
});
