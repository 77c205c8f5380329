import { expect, type Page } from '@playwright/test';
import { E2E_PREVIEW_SECRET } from './constants';

/**
 * Turns preview on in the page's browser context as an editor would (the form's POST, secret in
 * the body), then opens the article; `page.request` shares the context's cookies.
 */
export async function openPreview(page: Page, slug: string) {
  const response = await page.request.post('/api/preview', {
    form: { secret: E2E_PREVIEW_SECRET, slug },
    maxRedirects: 0,
  });
  expect(response.status(), `preview of ${slug}`).toBe(303);
  return page.goto(response.headers().location ?? '/');
}
