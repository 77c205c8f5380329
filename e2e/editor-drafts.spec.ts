import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  DRAFT_CANARY,
  DRAFT_SLUG,
  E2E_PREVIEW_SECRET,
  SCHEDULED_CANARY,
  SCHEDULED_SLUG,
  SEED_PATH,
} from './constants';
import { openPreview } from './preview';

test.describe('drafts and scheduled articles in production', () => {
  test('their pages answer 404 and their topics do not exist', async ({ request }) => {
    for (const slug of [DRAFT_SLUG, SCHEDULED_SLUG]) {
      expect((await request.get(`/articles/${slug}`)).status(), slug).toBe(404);
    }
    expect((await request.get('/tags/enqueteencours')).status()).toBe(404);
    expect((await request.get('/tags/programmation')).status()).toBe(404);
  });

  test('their text appears in no public page', async ({ request }) => {
    const pages = [
      '/',
      '/archives',
      '/tags',
      '/rubriques/telecoms',
      '/rubriques/entreprises',
      '/auteurs/la-redaction',
      '/recherche?q=brouillon',
      '/recherche?q=programme',
      SEED_PATH,
    ];
    for (const page of pages) {
      const body = await (await request.get(page)).text();
      for (const secret of [DRAFT_CANARY, SCHEDULED_CANARY, DRAFT_SLUG, SCHEDULED_SLUG]) {
        expect(body.includes(secret), `${secret} in ${page}`).toBe(false);
      }
    }
  });

  test('search finds neither of them, even by their unique words', async ({ page }) => {
    for (const query of [
      DRAFT_CANARY,
      SCHEDULED_CANARY,
      'antennes-relais enquête',
      'programmé 2099',
    ]) {
      await page.goto(`/recherche?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole('status')).toHaveText(/^Aucun article ne correspond/);
    }
  });

  test('their text is nowhere in the build output', () => {
    const hits: string[] = [];
    const walk = (directory: string) => {
      for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
        const full = path.join(directory, entry.name);
        if (entry.isSymbolicLink()) continue;
        if (entry.isDirectory()) {
          // next dev writes its own output under .next/dev; it is not what production serves.
          if (full !== path.join('.next', 'dev')) walk(full);
        } else {
          const text = fs.readFileSync(full);
          if (text.includes(DRAFT_CANARY) || text.includes(SCHEDULED_CANARY)) hits.push(full);
        }
      }
    };
    walk('.next');
    expect(hits).toEqual([]);
  });
});

test.describe('renamed articles', () => {
  test('a former slug answers a permanent redirect to the article', async ({ request, page }) => {
    const response = await request.get('/articles/huawei-att-ces-2018', { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe(SEED_PATH);
    await page.goto('/articles/huawei-att-ces-2018');
    await expect(page).toHaveURL(new RegExp(`${SEED_PATH}$`));
  });
});

test.describe('preview on a deployed site', () => {
  const post = (request: APIRequestContext, form: Record<string, string>, headers = {}) =>
    request.post('/api/preview', { form, headers, maxRedirects: 0 });

  test('a wrong or missing secret answers 401 and sets no cookie', async ({ request }) => {
    const forms: Record<string, string>[] = [
      { secret: 'mauvais-secret-mais-assez-long-pour-passer-32', slug: DRAFT_SLUG },
      { slug: DRAFT_SLUG },
    ];
    for (const form of forms) {
      const response = await post(request, form);
      expect(response.status(), JSON.stringify(form)).toBe(401);
      expect(response.headers()['set-cookie']).toBeUndefined();
      expect(response.headers()['cache-control']).toBe('private, no-store');
      expect(await response.text()).toContain('Secret d’aperçu incorrect');
    }
  });

  test('the secret is never read from the address: GET shows a form that posts it', async ({
    request,
  }) => {
    const response = await request.get(
      `/api/preview?secret=${encodeURIComponent(E2E_PREVIEW_SECRET)}&slug=${DRAFT_SLUG}`,
      { maxRedirects: 0 },
    );
    expect(response.status()).toBe(200);
    expect(response.headers()['set-cookie']).toBeUndefined();
    expect(response.headers()['cache-control']).toBe('private, no-store');
    const html = await response.text();
    expect(html).toContain('<form method="post" action="/api/preview">');
    expect(html).toContain('type="password"');
    expect(html).toContain(`value="${DRAFT_SLUG}"`);
    expect(html).not.toContain(E2E_PREVIEW_SECRET);
    expect(html).toContain('Le secret ne passe plus dans l’adresse');
  });

  test('the X-Preview-Secret header works as well as the form', async ({ request }) => {
    const response = await request.post(`/api/preview?slug=${DRAFT_SLUG}`, {
      headers: { 'X-Preview-Secret': E2E_PREVIEW_SECRET },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(`/articles/${DRAFT_SLUG}`);
    expect(response.headers()['set-cookie']).toMatch(/__prerender_bypass=/);
  });

  test('never redirects outside the site', async ({ request }) => {
    for (const slug of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '../../etc/passwd',
    ]) {
      const response = await post(request, { secret: E2E_PREVIEW_SECRET, slug });
      expect(response.status(), slug).toBe(404);
      expect(response.headers().location, slug).toBeUndefined();
      expect(response.headers()['set-cookie'], slug).toBeUndefined();
    }
  });

  test('the right secret shows the draft with its banner, noindex and no caching', async ({
    page,
  }) => {
    const response = await openPreview(page, DRAFT_SLUG);
    await expect(page).toHaveURL(new RegExp(`/articles/${DRAFT_SLUG}$`));
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control']).toMatch(/private/);
    expect(response?.headers()['cache-control']).toMatch(/no-store/);
    await expect(page.locator('.status-banner')).toContainText('Brouillon');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('.article-body')).toContainText(DRAFT_CANARY);

    // Leaving is a POST (the banner's button); a GET cannot change the mode.
    expect((await page.request.get('/api/preview/exit', { maxRedirects: 0 })).status()).toBe(405);
    expect((await page.request.get(`/articles/${DRAFT_SLUG}`)).status()).toBe(200);
    await page.getByRole('button', { name: 'Quitter l’aperçu' }).click();
    await expect(page).toHaveURL(/\/$/);
    const after = await page.request.get(`/articles/${DRAFT_SLUG}`);
    expect(after.status()).toBe(404);
  });
});
