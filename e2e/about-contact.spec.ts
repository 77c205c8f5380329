import { expect, test } from '@playwright/test';

// Google (and readers) look for who is behind a news site: « Qui sommes-nous » and « Contact »
// carry the publisher's details, are linked from every page and described in the JSON-LD.
test('« Qui sommes-nous » names the publisher, its principles and every author with a link to their page', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Qui sommes-nous' }).click();
  await expect(page).toHaveURL(/\/qui-sommes-nous$/);
  await expect(page.locator('h1')).toHaveText('Qui sommes-nous');
  await expect(page.getByRole('heading', { name: 'Nos principes' })).toBeVisible();
  await expect(page.locator('dl')).toContainText('Directeur ou directrice de la publication');
  await expect(page.locator('dl')).toContainText('Paris');
  const authors = page.locator('main a[rel="author"]');
  expect(await authors.count()).toBeGreaterThanOrEqual(5);
  await authors.filter({ hasText: 'La rédaction' }).click();
  await expect(page).toHaveURL(/\/auteurs\/la-redaction$/);
  await expect(page.getByText('écrits et relus collectivement')).toBeVisible();
});

test('« Contact » gives the newsroom and corrections addresses and the postal address', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Contact' }).click();
  await expect(page).toHaveURL(/\/contact$/);
  await expect(page.locator('h1')).toHaveText('Contact');
  const mails = await page
    .locator('main a[href^="mailto:"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(mails).toHaveLength(2);
  await expect(page.getByText('Signaler une erreur ou demander un rectificatif')).toBeVisible();
});

test('the Organization in the JSON-LD points at these pages', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}';
  const graph = (JSON.parse(json) as { '@graph': Record<string, unknown>[] })['@graph'];
  const organization = graph.find((node) => node['@type'] === 'Organization');
  expect(organization?.publishingPrinciples).toMatch(/\/qui-sommes-nous$/);
  expect(organization?.contactPoint).toMatchObject({ url: expect.stringMatching(/\/contact$/) });
  for (const path of ['/qui-sommes-nous', '/contact']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text()).toContain(`<link rel="canonical" href="`);
  }
});
