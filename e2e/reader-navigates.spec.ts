import { expect, test, type Page } from '@playwright/test';
import { SEED_PATH } from './constants';

const SEED_TITLE = 'Les ambitions contrariées de Huawei aux Etats-Unis';

async function expectArticle(page: Page) {
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+$/);
  await expect(page.locator('article h1')).toHaveCount(1);
  await expect(page.locator('.article-body')).not.toBeEmpty();
}

test.describe('a reader finds their way', () => {
  test('front page → section → article → related article', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Mobile', exact: true }).click();
    await expect(page).toHaveURL(/\/rubriques\/mobile$/);
    await expect(page.locator('h1')).toHaveText('Mobile');
    await page.locator('main article h2 a').first().click();
    await expectArticle(page);
    const firstTitle = await page.locator('article h1').innerText();
    const related = page.getByRole('region', { name: 'À lire aussi' });
    await expect(related.locator('h3 a').first()).toBeVisible();
    const relatedTitle = await related.locator('h3 a').first().innerText();
    expect(relatedTitle).not.toBe(firstTitle);
    await related.locator('h3 a').first().click();
    await expectArticle(page);
    await expect(page.locator('article h1')).toHaveText(relatedTitle);
  });

  test('hashtag → topic page → article', async ({ page }) => {
    await page.goto(SEED_PATH);
    await page.locator('.article-body').getByRole('link', { name: '#Huawei', exact: true }).click();
    await expect(page).toHaveURL(/\/tags\/huawei$/);
    await expect(page.locator('h1')).toHaveText('#Huawei');
    await expect(page.getByText(/\d+ articles?/).first()).toBeVisible();
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await expect(page.locator('article h1')).toHaveText(SEED_TITLE);
  });

  test('byline → author page', async ({ page }) => {
    await page.goto(SEED_PATH);
    await page.locator('article header').getByRole('link', { name: 'La rédaction' }).click();
    await expect(page).toHaveURL(/\/auteurs\/la-redaction$/);
    await expect(page.locator('h1')).toHaveText('La rédaction');
    await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible();
  });

  test('the topics index links every topic with its count', async ({ page }) => {
    await page.goto('/tags');
    await expect(page.locator('h1')).toHaveText('Tous les sujets');
    await page.getByRole('link', { name: /^#CES2018/ }).click();
    await expect(page.locator('h1')).toHaveText('#CES2018');
  });

  test('pagination reaches the oldest article', async ({ page }) => {
    await page.goto('/archives');
    const total = Number(
      (
        await page
          .getByText(/^\d+ articles?/)
          .first()
          .innerText()
      ).match(/\d+/)?.[0],
    );
    expect(total).toBeGreaterThan(0);
    const dates: string[] = [];
    for (let guard = 0; guard < 50; guard += 1) {
      dates.push(
        ...(await page
          .locator('main article time')
          .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''))),
      );
      // Follow rel="next" as a crawler or a reader without JavaScript does: every page must be
      // a real, server-rendered 200 that carries its own « Page N sur M ».
      const next = page.locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      const href = await next.getAttribute('href');
      expect(href).toMatch(/^\/archives\/page\/\d+$/);
      const response = await page.goto(href!);
      expect(response?.status()).toBe(200);
      const number = /\/page\/(\d+)$/.exec(href!)?.[1];
      await expect(page.getByText(new RegExp(`^Page ${number} sur \\d+$`))).toBeVisible();
    }
    expect(dates).toHaveLength(total);
    const times = dates.map((date) => Date.parse(date));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The seed (January 2018) is among the oldest: the last page must be reachable and hold it or older.
    expect(Math.min(...times)).toBeLessThanOrEqual(Date.parse('2018-01-09T18:30:00+01:00'));
  });

  test('« Page suivante » takes a reader to the next archive page in the browser', async ({
    page,
  }) => {
    await page.goto('/archives');
    const first = await page.locator('main article h2').first().innerText();
    await page.getByRole('link', { name: 'Page suivante' }).click();
    await expect(page).toHaveURL(/\/archives\/page\/2$/);
    await expect(page.getByText(/^Page 2 sur \d+$/)).toBeVisible();
    await expect(page.locator('main article h2').first()).not.toHaveText(first);
    await expect(page.getByRole('link', { name: 'Page précédente' })).toHaveAttribute(
      'href',
      '/archives',
    );
  });

  test('unknown page numbers are 404 and /page/1 redirects to the list', async ({
    page,
    request,
  }) => {
    expect((await request.get('/archives/page/999')).status()).toBe(404);
    expect((await request.get('/archives/page/abc')).status()).toBe(404);
    expect((await request.get('/rubriques/inconnue')).status()).toBe(404);
    expect((await request.get('/auteurs/inconnu')).status()).toBe(404);
    const first = await request.get('/archives/page/1', { maxRedirects: 0 });
    expect(first.status()).toBe(308);
    expect(first.headers().location).toBe('/archives');
    await page.goto('/archives');
    await expect(page.locator('h1')).toHaveText('Archives');
  });
});

test.describe('search', () => {
  test.use({ javaScriptEnabled: false });

  test('works without JavaScript, ignores accents and highlights the words', async ({ page }) => {
    await page.goto('/recherche');
    await expect(page.getByText('Saisissez un ou plusieurs mots')).toBeVisible();
    const form = page.getByRole('search').last();
    await form.getByRole('searchbox').fill('ambitions contrariees');
    await form.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL(/\/recherche\?q=ambitions\+contrariees$/);
    const result = page.locator('main ol li').first();
    await expect(result.getByRole('link')).toHaveText(SEED_TITLE);
    await expect(result.locator('h2 mark')).toHaveText(['ambitions', 'contrariées']);
    await expect(page.getByRole('status')).toContainText('pour « ambitions contrariees »');
  });

  test('ranks title matches above body matches', async ({ page }) => {
    await page.goto('/recherche?q=huawei');
    const titles = await page.locator('main ol li h2').allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    const firstWithoutTitleMatch = titles.findIndex((title) => !/huawei/i.test(title));
    const lastWithTitleMatch = titles.map((title) => /huawei/i.test(title)).lastIndexOf(true);
    if (firstWithoutTitleMatch >= 0)
      expect(lastWithTitleMatch).toBeLessThan(firstWithoutTitleMatch);
    expect(titles[0]).toMatch(/huawei/i);
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/recherche?q=zzxqwv');
    await expect(page.getByRole('status')).toHaveText(
      /Aucun article ne correspond à «\u202Fzzxqwv\u202F»/,
    );
  });
});

test.describe('reading comfort', () => {
  test('the dark theme toggle is remembered across a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(SEED_PATH);
    const toggle = page.getByRole('button', { name: 'Thème sombre' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const lightBackground = await page.evaluate(
      () => getComputedStyle(document.body).backgroundColor,
    );
    await toggle.click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(page.getByRole('button', { name: 'Thème sombre' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const darkBackground = await page.evaluate(
      () => getComputedStyle(document.body).backgroundColor,
    );
    expect(darkBackground).not.toBe(lightBackground);
    await page.getByRole('button', { name: 'Thème sombre' }).click();
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/\blight\b/);
  });

  test('a 360 px phone never scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of [
      '/',
      SEED_PATH,
      '/rubriques/mobile',
      '/tags',
      '/recherche?q=huawei',
      '/archives',
      '/auteurs/la-redaction',
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('screenshots of the front page and the seed article at 360 and 1280 px', async ({
    page,
  }, testInfo) => {
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, path] of [
        ['une', '/'],
        ['article', SEED_PATH],
      ] as const) {
        await page.goto(path);
        const file = testInfo.outputPath(`${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await testInfo.attach(`${name}-${width}`, { path: file, contentType: 'image/png' });
      }
    }
  });

  test('print hides navigation and shows link URLs', async ({ page }) => {
    await page.goto(SEED_PATH);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Partager' })).toBeHidden();
    const after = await page
      .locator('.tweet-body a[href^="http"]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('http://pic.twitter.com/msr5KkCuY9');
  });
});
