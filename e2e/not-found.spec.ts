import { expect, test } from '@playwright/test';

test.describe('unknown addresses', () => {
  for (const path of [
    '/articles/cet-article-n-existe-pas',
    '/tags/sujet-inconnu',
    '/page-inconnue',
    '/articles/..%2F..%2Fpackage.json',
    '/articles/AMBITIONS-CONTRARIEES-HUAWEI-ETATS-UNIS',
  ]) {
    test(`${path} answers 404 with a French page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveText('Page introuvable');
      await expect(page.getByRole('link', { name: 'Revenir à l’accueil' })).toHaveAttribute(
        'href',
        '/',
      );
      await expect(page.locator('body')).not.toContainText('"name"');
    });
  }
});
