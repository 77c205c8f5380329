import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_REVALIDATE_SECRET, RUNNING_LIVE_BLOG_PATH } from './constants';
import { E2E_PORTS } from './ports';
import { describePublishing, type PublishAnswer } from './publishing';

// A production server started with REVALIDATE_SECRET on a scratch copy of content/; a deploy or
// git hook calls its webhook after changing the files.
const origin = `http://127.0.0.1:${E2E_PORTS.publishHook}`;
const webhook = `${origin}/api/revalidate`;

test('the webhook refuses a request without the secret or with a wrong one', async ({
  request,
}) => {
  const attempts: Record<string, string>[] = [
    {},
    { authorization: 'Bearer not-the-secret-at-all' },
    { authorization: E2E_REVALIDATE_SECRET },
  ];
  for (const headers of attempts) {
    const response = await request.post(webhook, { headers });
    expect(response.status()).toBe(401);
    expect(response.headers()['cache-control']).toContain('no-store');
    expect((await response.json()).error).toContain('REVALIDATE_SECRET');
  }
  // Only POST reloads.
  expect((await request.get(webhook)).status()).toBe(405);
});

test('the webhook does not exist on a server without REVALIDATE_SECRET', async ({ request }) => {
  const response = await request.post(`http://127.0.0.1:${E2E_PORTS.production}/api/revalidate`, {
    headers: { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` },
  });
  expect(response.status()).toBe(404);
});

describePublishing({
  origin,
  content: path.resolve('.e2e-content-publish-hook'),
  async publish(request) {
    const response = await request.post(webhook, {
      headers: { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` },
    });
    expect(response.status()).toBe(200);
    return (await response.json()) as PublishAnswer;
  },
});

test('a live-blog entry published through the webhook reaches an open tab without a reload', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const file = path.resolve('.e2e-content-publish-hook/articles/direct-essai-en-cours.mdx');
  const title = 'Une entrée publiée par le webhook';
  const headers = { authorization: `Bearer ${E2E_REVALIDATE_SECRET}` };
  const original = fs.readFileSync(file, 'utf8');
  try {
    const firstPoll = page.waitForResponse((response) => response.url().includes('/direct.json'));
    await page.goto(`${origin}${RUNNING_LIVE_BLOG_PATH}`);
    await firstPoll;
    await expect(page.locator('.live-badge')).toHaveText('En direct');
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    const time = new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00');
    fs.writeFileSync(
      file,
      `${original}\n<Entry time="${time}" title="${title}">\nElle arrive sans recharger la page.\n</Entry>\n`,
    );
    // Until the webhook is called, the server keeps serving the entries it had.
    const before = await request.get(`${origin}${RUNNING_LIVE_BLOG_PATH}/direct.json?depuis=0`);
    expect(before.status()).toBe(200);
    expect(await before.text()).not.toContain(title);

    const answer = await request.post(webhook, { headers });
    expect(answer.status()).toBe(200);
    expect(((await answer.json()) as PublishAnswer).articles).toEqual(['direct-essai-en-cours']);

    const show = page.getByRole('button', { name: 'Afficher la nouvelle entrée' });
    await expect(show).toBeVisible({ timeout: 35_000 });
    await expect(page.locator('.live-updates [aria-live="polite"]')).toHaveText(
      '1 nouvelle entrée',
    );
    await show.click();
    await expect(page.locator('.live-new-entry article.live-entry h2')).toHaveText(title);
    expect(
      await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);
  } finally {
    fs.writeFileSync(file, original);
    await request.post(webhook, { headers });
  }
});
