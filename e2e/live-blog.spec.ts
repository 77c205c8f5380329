import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LIVE_BLOG_PATH, SEED_PATH, WCAG_TAGS } from './constants';
import { getSiteOrigin } from './crawler';

/** The visible entries, in page order: anchor, time (as the machine reads it), shown time, title. */
async function readEntries(page: Page) {
  return page.locator('.article-body article.live-entry').evaluateAll((articles) =>
    articles.map((article) => ({
      id: article.id,
      link: article.querySelector('a.live-entry-time')?.getAttribute('href') ?? '',
      datetime: article.querySelector('time')?.getAttribute('datetime') ?? '',
      shown: article.querySelector('time')?.textContent ?? '',
      title: article.querySelector('h2')?.textContent ?? '',
      text: article.textContent ?? '',
    })),
  );
}

test.describe('the live blog shipped in content/ (coverage ended)', () => {
  test('shows « Terminé », entries newest first, each with its anchor and linked time', async ({
    page,
  }) => {
    await page.goto(LIVE_BLOG_PATH);
    await expect(page.locator('.live-badge')).toHaveText('Terminé');
    await expect(page.getByText('En direct', { exact: true })).toHaveCount(0);
    const entries = await readEntries(page);
    expect(entries.length).toBe(6);
    const times = entries.map((entry) => Date.parse(entry.datetime));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const entry of entries) {
      expect(entry.id).toMatch(/^entree-\d{4}-\d{2}-\d{2}-\d{2}h\d{2}$/);
      expect(entry.link).toBe(`#${entry.id}`);
      expect(entry.shown).toMatch(/^\d{2}\u00A0h\u00A0\d{2}$/);
    }
    expect(entries[0]?.shown).toBe('00\u00A0h\u00A040');
    expect(entries.at(-1)?.shown).toBe('17\u00A0h\u00A050');
    // An anchor leads to its entry.
    await page.locator(`a[href="#${entries[2]?.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${entries[2]?.id}$`));
    // « Lire aussi » inside an entry: a card for a published article.
    await expect(page.getByRole('complementary', { name: 'Lire aussi' })).toContainText(
      'Enchères 5G',
    );
  });

  test('ships no live island once the coverage has ended', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('direct.json')) asked.push(request.url());
    });
    await page.goto(LIVE_BLOG_PATH, { waitUntil: 'networkidle' });
    await expect(page.locator('.live-updates')).toHaveCount(0);
    await expect(page.locator('article [aria-live]')).toHaveCount(0);
    expect(asked).toEqual([]);
  });

  test('LiveBlogPosting JSON-LD matches the visible page', async ({ page, request }) => {
    const origin = await getSiteOrigin(request);
    await page.goto(LIVE_BLOG_PATH);
    const text = (await page.locator('script[type="application/ld+json"]').textContent()) ?? '';
    const graph: Record<string, unknown>[] = JSON.parse(text)['@graph'];
    const live = graph.find((node) => node['@type'] === 'LiveBlogPosting');
    expect(live).toBeDefined();
    if (!live) return;
    const url = `${origin}${LIVE_BLOG_PATH}`;
    expect(live.headline).toBe(await page.locator('h1').textContent());
    const entries = await readEntries(page);
    expect(Date.parse(String(live.coverageStartTime))).toBe(
      Date.parse('2021-06-02T17:50:00+02:00'),
    );
    expect(Date.parse(String(live.coverageEndTime))).toBe(Date.parse('2021-06-03T00:40:00+02:00'));
    // dateModified is the newest entry, which the dateline shows as the update.
    expect(Date.parse(String(live.dateModified))).toBe(Date.parse(entries[0]?.datetime ?? ''));
    const updated = await page.locator('article > header time').last().getAttribute('datetime');
    expect(Date.parse(String(live.dateModified))).toBe(Date.parse(updated ?? ''));
    const updates = live.liveBlogUpdate as Record<string, unknown>[];
    expect(updates.map((update) => update.headline)).toEqual(entries.map((entry) => entry.title));
    expect(updates.map((update) => update.url)).toEqual(
      entries.map((entry) => `${url}#${entry.id}`),
    );
    updates.forEach((update, index) => {
      const entry = entries[index];
      expect(Date.parse(String(update.datePublished))).toBe(Date.parse(entry?.datetime ?? ''));
      expect(update.articleBody).toBeTruthy();
      // The text crawlers read is the text readers see (whitespace aside).
      const words = String(update.articleBody).split(/\s+/).slice(0, 8).join(' ');
      expect(entry?.text.replace(/\s+/g, ' ')).toContain(words);
    });
  });

  test('the site feeds carry it with a stable id and the newest entry as its update', async ({
    request,
  }) => {
    const origin = await getSiteOrigin(request);
    const url = `${origin}${LIVE_BLOG_PATH}`;
    const feed = await (await request.get('/flux/feed.json')).json();
    const item = feed.items.find((candidate: { url: string }) => candidate.url === url);
    expect(item).toBeDefined();
    expect(item.id).toBe(url);
    expect(Date.parse(item.date_modified)).toBe(Date.parse('2021-06-03T00:40:00+02:00'));
    expect(item.content_html).toContain('id="entree-2021-06-03-00h40"');
    const rss = await (await request.get('/flux/rss.xml')).text();
    expect(rss).toContain(`<guid isPermaLink="true">${url}</guid>`);
    const atom = await (await request.get('/flux/atom.xml')).text();
    expect(atom).toContain(`<id>${url}</id>`);
  });

  test('its JSON route says the coverage ended; bad queries are 400, other articles 404', async ({
    request,
  }) => {
    const answer = await request.get(`${LIVE_BLOG_PATH}/direct.json?depuis=0`);
    expect(answer.status()).toBe(200);
    const body = await answer.json();
    expect(body.live).toBe(false);
    expect(body.entries).toHaveLength(6);
    const newest = Date.parse('2021-06-03T00:40:00+02:00');
    expect(
      (await (await request.get(`${LIVE_BLOG_PATH}/direct.json?depuis=${newest}`)).json()).entries,
    ).toEqual([]);
    expect((await request.get(`${LIVE_BLOG_PATH}/direct.json?depuis=abc`)).status()).toBe(400);
    expect((await request.get(`${SEED_PATH}/direct.json`)).status()).toBe(404);
    expect((await request.get('/articles/inconnu-total/direct.json')).status()).toBe(404);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test(`the live blog has no axe violation (${scheme}, ${width} px)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(LIVE_BLOG_PATH);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        results.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`),
      ).toEqual([]);
    });
  }
}
