import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SEED_PATH, WCAG_TAGS } from './constants';

// A 360 × 640 phone: the masthead stays under 120 px so that a headline is on the first screen,
// and nothing it used to offer (sections, search, theme) goes out of reach.
const PHONE = { width: 360, height: 640 };
const MAX_HEADER_PX = 120;

async function headerHeight(page: Page): Promise<number> {
  const box = await page.getByRole('banner').boundingBox();
  expect(box).not.toBeNull();
  return box?.height ?? Number.POSITIVE_INFINITY;
}

test.describe('the header on a 360 × 640 phone', () => {
  test.use({ viewport: PHONE });

  for (const path of ['/', SEED_PATH, '/rubriques/cybersecurite', '/recherche?q=huawei']) {
    test(`is at most ${MAX_HEADER_PX} px tall on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await headerHeight(page)).toBeLessThanOrEqual(MAX_HEADER_PX);
    });
  }

  test('the article headline is entirely in the first screen', async ({ page }) => {
    await page.goto(SEED_PATH);
    const headline = await page.locator('main article h1').boundingBox();
    expect(headline).not.toBeNull();
    if (!headline) return;
    expect(headline.y).toBeGreaterThanOrEqual(await headerHeight(page));
    expect(headline.y + headline.height).toBeLessThanOrEqual(PHONE.height);
  });

  test('every section is in one sideways-scrolling row, and the page itself never scrolls sideways', async ({
    page,
  }) => {
    await page.goto(SEED_PATH);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    const strip = nav.getByRole('list');
    const { scrollWidth, clientWidth } = await strip.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    const tops = await nav
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThanOrEqual(7);
    expect(new Set(tops).size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
  });

  test('the theme toggle and search are on the first row', async ({ page }) => {
    await page.goto(SEED_PATH);
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('button', { name: 'Thème sombre' })).toBeInViewport();
    await expect(banner.getByRole('link', { name: 'Rechercher un article' })).toBeInViewport();
  });

  test('has no axe violation with the strip scrolled to its end, in light and dark', async ({
    page,
  }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(SEED_PATH);
      await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('list')
        .evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((violation) => `${scheme} ${violation.id}`)).toEqual([]);
    }
  });
});

test.describe('the phone header without JavaScript', () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test('the last section of the strip is reachable and opens its page', async ({ page }) => {
    await page.goto(SEED_PATH);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Archives' }).click();
    await expect(page).toHaveURL(/\/archives$/);
    await expect(page.locator('h1')).toHaveText('Archives');
  });

  test('the search link leads to a form that finds the seed article', async ({ page }) => {
    await page.goto(SEED_PATH);
    await page.getByRole('banner').getByRole('link', { name: 'Rechercher un article' }).click();
    await expect(page).toHaveURL(/\/recherche$/);
    const form = page.getByRole('main').getByRole('search');
    await form.getByRole('searchbox').fill('huawei');
    await form.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.locator(`main ol li a[href="${SEED_PATH}"]`).first()).toBeVisible();
  });
});

test('on a 1280 px screen the header keeps its search form and tagline', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('search').getByRole('searchbox')).toBeVisible();
  await expect(banner.getByText('L’actualité de la tech et des télécoms')).toBeVisible();
  await expect(banner.getByRole('link', { name: 'Rechercher un article' })).toBeHidden();
});
