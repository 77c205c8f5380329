import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DRAFT_SLUG, SEED_PATH } from './constants';

// The dev server reads a scratch copy of content/ made by e2e/start-server.mjs.
const CONTENT = path.resolve('.e2e-content-dev');
const SEED_FILE = path.join(CONTENT, 'articles/ambitions-contrariees-huawei-etats-unis.mdx');

test.describe.configure({ mode: 'serial' });

test('saving an article refreshes the open page without a reload', async ({ page }) => {
  await page.goto(SEED_PATH);
  await expect(page.locator('article h1')).toHaveText(
    'Les ambitions contrariées de Huawei aux Etats-Unis',
  );
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  const original = fs.readFileSync(SEED_FILE, 'utf8');
  try {
    fs.writeFileSync(SEED_FILE, original.replace('ZTE.', 'ZTE. Paragraphe ajouté en direct.'));
    await expect(page.locator('.article-body')).toContainText('Paragraphe ajouté en direct.', {
      timeout: 15_000,
    });
    expect(
      await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);
  } finally {
    fs.writeFileSync(SEED_FILE, original);
  }
});

test('a new article appears in the listing that is open', async ({ page }) => {
  await page.goto('/rubriques/cybersecurite');
  const file = path.join(CONTENT, 'articles/nouvel-article-en-direct.mdx');
  try {
    fs.writeFileSync(
      file,
      `---\ntitle: Nouvel article écrit en direct\ndescription: Il apparaît sans recharger la page.\ndate: 2026-01-05T10:00:00+01:00\nauthors: [la-redaction]\nsection: cybersecurite\n---\n\nTexte.\n`,
    );
    await expect(page.getByRole('link', { name: 'Nouvel article écrit en direct' })).toBeVisible({
      timeout: 15_000,
    });
  } finally {
    fs.rmSync(file, { force: true });
  }
});

test('a draft is listed and shows its banner in dev', async ({ page }) => {
  await page.goto('/archives');
  await expect(page.getByRole('link', { name: /Brouillon : enquête/ })).toBeVisible();
  await page.goto(`/articles/${DRAFT_SLUG}`);
  await expect(page.locator('.status-banner')).toContainText('Brouillon');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('a broken article names file, line and field while the others keep working', async ({
  page,
}) => {
  const file = path.join(CONTENT, 'articles/article-casse.mdx');
  try {
    fs.writeFileSync(
      file,
      `---\ntitle: Article cassé\ndescription: Sa date est mal écrite.\ndate: 05/01/2026\nauthors: [la-redaction]\nsection: mobile\n---\n\nTexte.\n`,
    );
    await page.goto('/articles/article-casse');
    await expect(page.getByRole('alert', { name: 'Contenu à corriger' })).toContainText(
      '.e2e-content-dev/articles/article-casse.mdx:4:1 date: date ISO 8601 avec décalage horaire attendue',
    );
    await page.goto(SEED_PATH);
    await expect(page.locator('article h1')).toHaveText(
      'Les ambitions contrariées de Huawei aux Etats-Unis',
    );

    fs.writeFileSync(
      file,
      `---\ntitle: Article cassé\ndescription: Balise non fermée.\ndate: 2026-01-05T10:00:00+01:00\nauthors: [la-redaction]\nsection: mobile\n---\n\nTexte.\n\n<Tweet author="A" handle="a" date="2018-01-09" url="https://x.com/a/status/1">\nSans fin.\n`,
    );
    await page.goto('/articles/article-casse');
    await expect(page.getByRole('alert', { name: 'Contenu à corriger' })).toContainText(
      'article-casse.mdx:11:1 mdx: erreur de syntaxe : ',
    );
  } finally {
    fs.rmSync(file, { force: true });
  }
});
