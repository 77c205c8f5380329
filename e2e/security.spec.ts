import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SEED_PATH } from './constants';

const REQUIRED_HEADERS = {
  'content-security-policy':
    /default-src 'self'.*object-src 'none'.*base-uri 'none'.*frame-ancestors 'none'.*form-action 'self'/,
  'strict-transport-security': /max-age=(\d{8,})/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\)/,
};

test.describe('security headers', () => {
  test('are sent with pages, 404s, assets and API answers', async ({ request, page }) => {
    await page.goto(SEED_PATH);
    const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
    const paths = [
      '/',
      SEED_PATH,
      '/tags/huawei',
      '/recherche?q=5g',
      '/page-introuvable',
      '/icon.svg',
      '/images/fibre-optique.jpg',
      '/api/preview',
      script ?? '',
    ];
    for (const path of paths) {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      for (const [name, pattern] of Object.entries(REQUIRED_HEADERS)) {
        expect(headers[name], `${name} on ${path}`).toMatch(pattern);
      }
      expect(
        Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1]),
      ).toBeGreaterThanOrEqual(31_536_000);
      expect(headers['content-security-policy']).not.toContain('unsafe-eval');
      expect(headers['x-powered-by'], path).toBeUndefined();
    }
  });
});

/** Collects CSP violations reported by the browser while a page loads and runs. */
async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

test.describe('the content security policy', () => {
  for (const path of [
    '/',
    SEED_PATH,
    '/rubriques/mobile',
    '/tags',
    '/tags/huawei',
    '/auteurs/la-redaction',
    '/archives',
    '/recherche?q=huawei',
    '/page-introuvable',
  ]) {
    test(`${path} runs without any CSP violation`, async ({ page }) => {
      const violations = await collectViolations(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      // Exercise client code too: the theme toggle and a client-side navigation.
      await page.getByRole('button', { name: 'Thème sombre' }).click();
      await page.getByRole('link', { name: 'Manchette', exact: true }).click();
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
    });
  }
});

test.describe('hostile URLs', () => {
  const long = 'a'.repeat(5000);
  const hostile = [
    '/articles/..%2F..%2Fpackage.json',
    '/articles/%2e%2e%2f%2e%2e%2fpackage.json',
    '/articles/%2e%2e',
    '/articles/..',
    '/articles/%00',
    '/articles/ambitions%00',
    `/articles/${long}`,
    '/articles/%C3%A9t%C3%A9-2018',
    '/articles/Ambitions-Contrariees-Huawei-Etats-Unis',
    '/articles/ambitions-contrariees-huawei-etats-unis%2F..%2F..%2Fetc%2Fpasswd',
    '/tags/%2e%2e%2f%2e%2e%2fpackage.json',
    '/tags/S%C3%A9curit%C3%A9',
    '/rubriques/..%2f..%2fcontent',
    '/auteurs/%00',
    `/auteurs/${long}`,
    '/archives/page/0',
    '/archives/page/-1',
    '/archives/page/1e3',
    '/archives/page/99999999999999999999999',
    '/tags/huawei/page/abc',
    '/recherche?q=%00',
    `/recherche?q=${long}`,
    '/recherche?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/recherche?q=a&q=b&q[]=c',
    '/recherche?q[__proto__]=x',
    '/?__proto__[polluted]=1&constructor[prototype][x]=1',
    `${SEED_PATH}?utm_source=%00&page=-1&q=%3Cscript%3E`,
    '/api/preview?secret[]=a&slug[]=b',
    '/api/preview?secret=%00&slug=%00',
    '/api/preview/exit?next=https://evil.example',
    '/%2e%2e/%2e%2e/package.json',
    '/..%2f..%2fpackage.json',
    '/_next/image?url=%2Fetc%2Fpasswd&w=64&q=75',
    '/_next/image?url=https%3A%2F%2Fevil.example%2Fx.png&w=64&q=75',
  ];

  for (const path of hostile) {
    test(`${path.slice(0, 80)} answers without error or leak`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      // 405: `/api/preview/exit` only answers POST (a link cannot change a reader's mode).
      expect([200, 307, 308, 400, 401, 404, 405], `status ${response.status()}`).toContain(
        response.status(),
      );
      const body = await response.text();
      expect(body.includes('"devDependencies"'), 'package.json contents').toBe(false);
      expect(body.includes('root:x:0:0'), '/etc/passwd contents').toBe(false);
      expect(
        /\bat \S+ \(\/|node_modules\/|\/work\/|webpack-internal|ENOENT/.test(body),
        'stack trace or path',
      ).toBe(false);
      expect(body.includes('<script>alert(1)</script>'), 'reflected script').toBe(false);
      if (response.status() === 307 || response.status() === 308) {
        expect(response.headers().location ?? '').toMatch(/^(\/(?!\/)|http:\/\/127\.0\.0\.1)/);
      }
    });
  }

  test('the 5,000-character slug is a plain 404 page in French', async ({ page }) => {
    const response = await page.goto(`/articles/${long}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page introuvable');
  });
});

test('random unknown URLs answer 404 without adding pages to the on-disk cache', async ({
  request,
}) => {
  const token = `aleatoire${Date.now().toString(36)}`;
  const paths = [
    ...Array.from({ length: 10 }, (_, n) => `/articles/${token}-${n}`),
    `/articles/${token}/og.png`,
    `/tags/${token}`,
    `/tags/${token}/flux/rss.xml`,
    `/tags/huawei/page/${9_000 + 1}`,
    `/rubriques/${token}`,
    `/rubriques/mobile/flux/${token}.xml`,
    `/tags/huawei/flux/${token}.json`,
    `/auteurs/${token}`,
    `/auteurs/la-redaction/page/77`,
    '/archives/page/4242',
  ];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain('Page introuvable');
  }
  // The build this server runs: missing, the walk below would find nothing and prove nothing.
  const serverDirectory = '.next/server';
  expect(fs.existsSync(path.join(serverDirectory, 'app')), serverDirectory).toBe(true);
  const cached: string[] = [];
  const walk = (directory: string) => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      if (entry.name.includes(token) || entry.name.includes('9001') || entry.name.includes('4242'))
        cached.push(entry.name);
      if (entry.isDirectory()) walk(`${directory}/${entry.name}`);
    }
  };
  walk(serverDirectory);
  expect(cached).toEqual([]);
});
