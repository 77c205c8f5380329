import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SEED_PATH } from './constants';
import { openPreview } from './preview';

// This production server reads a scratch copy of content/ (e2e/start-server.mjs), so the test
// can break an article on disk the way a bad deploy or a hand edit on the server would.
const CONTENT = path.resolve('.e2e-content-scratch');
const VICTIM = 'log4shell-faille-log4j';
const VICTIM_FILE = path.join(CONTENT, `articles/${VICTIM}.mdx`);

test('a render error in one article leaves every other page serving, and reveals nothing', async ({
  page,
  request,
}) => {
  const original = fs.readFileSync(VICTIM_FILE, 'utf8');
  try {
    fs.writeFileSync(VICTIM_FILE, `${original}\n\n<script>alert('injecté')</script>\n`);
    // Preview (draft mode) renders at request time, so the broken body is really rendered.
    await openPreview(page, VICTIM);
    const html = await page.content();
    await expect(page.locator('h1')).toHaveText('Une erreur est survenue');
    expect(html).not.toContain("alert('injecté')");
    expect(
      /ContentError|raw HTML element|\.mdx:\d+|\/work\/|node_modules|\bat \S+ \(/.test(html),
    ).toBe(false);

    for (const other of [
      SEED_PATH,
      '/',
      '/tags/huawei',
      '/rubriques/cybersecurite',
      '/recherche?q=log4j',
    ]) {
      const response = await request.get(other);
      expect(response.status(), other).toBe(200);
    }
    await page.goto(SEED_PATH);
    await expect(page.locator('article h1')).toHaveText(
      'Les ambitions contrariées de Huawei aux Etats-Unis',
    );
  } finally {
    fs.writeFileSync(VICTIM_FILE, original);
  }
});
