import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  DRAFT_CANARY,
  DRAFT_SLUG,
  E2E_PREVIEW_SECRET,
  SCHEDULED_CANARY,
  SCHEDULED_SLUG,
  SEED_PATH,
} from './constants';

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
  const previewUrl = (secret: string, slug: string) =>
    `/api/preview?secret=${encodeURIComponent(secret)}&slug=${encodeURIComponent(slug)}`;

  test('a wrong or missing secret answers 401 and sets no cookie', async ({ request }) => {
    for (const url of [
      previewUrl('mauvais-secret', DRAFT_SLUG),
      `/api/preview?slug=${DRAFT_SLUG}`,
    ]) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(401);
      expect(response.headers()['set-cookie'], url).toBeUndefined();
      expect(response.headers()['cache-control']).toBe('private, no-store');
    }
  });

  test('never redirects outside the site', async ({ request }) => {
    for (const slug of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '../../etc/passwd',
    ]) {
      const response = await request.get(previewUrl(E2E_PREVIEW_SECRET, slug), { maxRedirects: 0 });
      expect(response.status(), slug).toBe(404);
      expect(response.headers().location, slug).toBeUndefined();
      expect(response.headers()['set-cookie'], slug).toBeUndefined();
    }
  });

  test('the right secret shows the draft with its banner, noindex and no caching', async ({
    page,
  }) => {
    const response = await page.goto(previewUrl(E2E_PREVIEW_SECRET, DRAFT_SLUG));
    await expect(page).toHaveURL(new RegExp(`/articles/${DRAFT_SLUG}$`));
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control']).toMatch(/private/);
    expect(response?.headers()['cache-control']).toMatch(/no-store/);
    await expect(page.locator('.status-banner')).toContainText('Brouillon');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('.article-body')).toContainText(DRAFT_CANARY);

    await page.goto('/api/preview/exit');
    await expect(page).toHaveURL(/\/$/);
    const after = await page.request.get(`/articles/${DRAFT_SLUG}`);
    expect(after.status()).toBe(404);
  });
});
