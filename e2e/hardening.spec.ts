import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DRAFT_SLUG, SCHEDULED_SLUG, SEED_PATH } from './constants';
import { E2E_PORTS } from './ports';

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

test.describe('images', () => {
  test('are static variants built ahead, at the widths the pages use only', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    const srcset = (await page.locator('main img[srcset]').first().getAttribute('srcset')) ?? '';
    const urls = srcset.split(',').map((entry) => entry.trim().split(' ')[0] ?? '');
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) {
      const match = /^\/_variants\/images\/[a-z0-9-]+-(\d+)\.webp$/.exec(url);
      expect(match, url).not.toBeNull();
      expect([96, 192, 384, 640, 828, 1200, 1600], url).toContain(Number(match?.[1]));
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type'], url).toBe('image/webp');
      expect(response.headers()['cache-control'], url).toMatch(/^public, max-age=86400/);
      // A repeat request is answered from the file, or by 304 with its ETag.
      const etag = response.headers().etag ?? '';
      const again = await request.get(url, { headers: { 'If-None-Match': etag } });
      expect(again.status(), url).toBe(304);
    }
  });

  test('are never resized on request: the optimiser is not served', async ({ request }) => {
    for (const query of ['w=640&q=75', 'w=3840&q=75', 'w=640&q=75&cache-buster=1']) {
      const url = `/_next/image?url=%2Fimages%2Ffibre-optique.jpg&${query}`;
      expect((await request.get(url)).status(), url).toBe(404);
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
  const port = E2E_PORTS.startOutput;

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
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      await expect.poll(() => output, { timeout: 30_000 }).toContain('next.config');
    } finally {
      child.kill('SIGTERM');
      // The next start reuses the port: wait until this server has let it go.
      await exited;
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
