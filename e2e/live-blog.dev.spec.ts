import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { RUNNING_LIVE_BLOG_PATH } from './constants';

// `next dev` on a scratch copy of content/ plus e2e/fixtures/content (e2e/start-server.mjs).
const FILE = path.resolve('.e2e-content-dev/articles/direct-essai-en-cours.mdx');

test.describe.configure({ mode: 'serial' });

/** Now, to the second, as an entry time (`…+00:00`). */
const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00');

/** Opens the live blog with the editor's live reload cut off, so only the reader's island can bring news. */
async function openLiveBlog(page: Page): Promise<string[]> {
  await page.route('**/api/dev/content-events', (route) => route.abort());
  const polls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/direct.json')) polls.push(request.url());
  });
  // The island asks once as soon as it runs: from then on, it is polling.
  const firstPoll = page.waitForResponse((response) => response.url().includes('/direct.json'));
  await page.goto(RUNNING_LIVE_BLOG_PATH);
  await firstPoll;
  await expect(page.locator('.live-badge')).toHaveText('En direct');
  await expect(page.locator('.live-updates')).toContainText('Mise à jour automatique');
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  return polls;
}

test('an entry written to content/ reaches the open page within 30 s, announced, with no shift', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const original = fs.readFileSync(FILE, 'utf8');
  try {
    await openLiveBlog(page);
    const first = page.locator('.article-body article.live-entry').first();
    const before = await first.boundingBox();
    const time = nowIso();
    fs.writeFileSync(
      FILE,
      `${original}\n<Entry time="${time}" title="Une entrée ajoutée pendant la lecture">\nElle arrive sans recharger la page.\n</Entry>\n`,
    );
    const show = page.getByRole('button', { name: 'Afficher la nouvelle entrée' });
    await expect(show).toBeVisible({ timeout: 35_000 });
    await expect(page.locator('.live-updates [aria-live="polite"]')).toHaveText(
      '1 nouvelle entrée',
    );
    // The button took a slot that was already there: the entries did not move.
    expect(await first.boundingBox()).toEqual(before);
    await expect(page.getByText('Une entrée ajoutée pendant la lecture')).toHaveCount(0);
    await show.click();
    const added = page.locator('.live-new-entry article.live-entry');
    await expect(added).toHaveCount(1);
    await expect(added.locator('h2')).toHaveText('Une entrée ajoutée pendant la lecture');
    await expect(added).toHaveAttribute('id', /^entree-\d{4}-\d{2}-\d{2}-\d{2}h\d{2}(-\d{2}s)?$/);
    await expect(page.locator('.live-new-entry')).toBeFocused();
    // Newest first: the new entry sits above the ones the page came with.
    const order = await page.locator('article.live-entry h2').allTextContents();
    expect(order[0]).toBe('Une entrée ajoutée pendant la lecture');
    expect(
      await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);
  } finally {
    fs.writeFileSync(FILE, original);
  }
});

test('polling stops while the tab is hidden and for good once the coverage ends', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const original = fs.readFileSync(FILE, 'utf8');
  try {
    const polls = await openLiveBlog(page);
    const setVisibility = (state: 'hidden' | 'visible') =>
      page.evaluate((value) => {
        Object.defineProperty(document, 'visibilityState', { value, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility('hidden');
    const hiddenAt = polls.length;
    // Longer than one polling period (15 s): a hidden tab asks nothing.
    await page.waitForTimeout(20_000);
    expect(polls.length).toBe(hiddenAt);
    // Ending the coverage: the next answer says so, the island says it and stops asking.
    fs.writeFileSync(
      FILE,
      original.replace(
        '  start: 2026-01-05T08:00:00+01:00',
        `  start: 2026-01-05T08:00:00+01:00\n  end: ${nowIso()}`,
      ),
    );
    await setVisibility('visible');
    await expect(page.locator('.live-updates')).toContainText('Le direct est terminé.', {
      timeout: 20_000,
    });
    const endedAt = polls.length;
    await page.waitForTimeout(20_000);
    expect(polls.length).toBe(endedAt);
  } finally {
    fs.writeFileSync(FILE, original);
  }
});
