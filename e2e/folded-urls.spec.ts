import { expect, test } from '@playwright/test';

// A topic, section or author typed as a reader would write it (capitals, accents, the hashtag
// itself) leads with a 308 to the folded address; unknown words stay plain 404s.
const FOLDED: [string, string][] = [
  ['/tags/Cybers%C3%A9curit%C3%A9', '/tags/cybersecurite'],
  ['/tags/Cybersécurité', '/tags/cybersecurite'],
  ['/tags/HUAWEI', '/tags/huawei'],
  ['/tags/%23CES2018', '/tags/ces2018'],
  ['/tags/Union%20europ%C3%A9enne', '/tags/union-europeenne'],
  ['/rubriques/T%C3%A9l%C3%A9coms', '/rubriques/telecoms'],
  ['/rubriques/MOBILE', '/rubriques/mobile'],
  ['/auteurs/La-R%C3%A9daction', '/auteurs/la-redaction'],
];

for (const [typed, folded] of FOLDED) {
  test(`${typed} redirects (308) to ${folded}, which answers 200`, async ({ request }) => {
    const response = await request.get(typed, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe(folded);
    expect((await request.get(folded, { maxRedirects: 0 })).status()).toBe(200);
  });
}

for (const [typed, folded] of [
  ['/tags/Inconnu%C3%A9', '/tags/inconnue'],
  ['/rubriques/Sport', '/rubriques/sport'],
  ['/auteurs/Personne', '/auteurs/personne'],
] as const) {
  test(`${typed} folds to ${folded}, which stays a 404`, async ({ request }) => {
    const response = await request.get(typed, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe(folded);
    expect((await request.get(folded, { maxRedirects: 0 })).status()).toBe(404);
  });
}

test('a list page or feed keeps its tail and query when its slug is folded', async ({
  request,
}) => {
  for (const [typed, folded] of [
    ['/tags/HUAWEI/flux/rss.xml', '/tags/huawei/flux/rss.xml'],
    ['/rubriques/MOBILE/page/2?utm_source=x', '/rubriques/mobile/page/2?utm_source=x'],
  ] as const) {
    const response = await request.get(typed, { maxRedirects: 0 });
    expect(response.status(), typed).toBe(308);
    expect(response.headers().location).toBe(folded);
    expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
  }
  // The fold route itself only ever redirects list addresses.
  expect((await request.get('/adresse-repliee/articles/X', { maxRedirects: 0 })).status()).toBe(
    404,
  );
});

test('a malformed encoding is still a 400, never a redirect', async ({ request }) => {
  expect((await request.get('/tags/%E9t%E9', { maxRedirects: 0 })).status()).toBe(400);
});

test('a reader who types the hashtag with its accents lands on the topic page', async ({
  page,
}) => {
  await page.goto('/tags/Cybersécurité');
  await expect(page).toHaveURL(/\/tags\/cybersecurite$/);
  await expect(page.locator('h1')).toContainText('Cybersécurité');
});
