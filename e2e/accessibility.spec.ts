import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SEED_PATH, WCAG_TAGS } from './constants';

const PAGES = [
  ['front page', '/'],
  ['section', '/rubriques/mobile'],
  ['topic', '/tags/huawei'],
  ['topics index', '/tags'],
  ['author', '/auteurs/la-redaction'],
  ['article', SEED_PATH],
  ['search results', '/recherche?q=huawei'],
  ['search without results', '/recherche?q=zzxqwv'],
  ['archive', '/archives'],
  ['404', '/articles/page-introuvable'],
  ['about', '/qui-sommes-nous'],
  ['contact', '/contact'],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test.describe(`WCAG 2.2 AA in the ${scheme} theme at ${width} px`, () => {
      test.use({ colorScheme: scheme, viewport: { width, height: width === 360 ? 800 : 900 } });

      for (const [name, path] of PAGES) {
        test(`${name} (${path}) has no axe violation`, async ({ page }) => {
          await page.goto(path);
          const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          const summary = results.violations.map(
            (violation) =>
              `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
          expect(summary).toEqual([]);
        });
      }
    });
  }
}

test('the skip link is the first focusable element and leads to the content', async ({ page }) => {
  await page.goto(SEED_PATH);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#contenu$/);
});
