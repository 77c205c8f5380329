import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EMBEDS_PATH, RUNNING_LIVE_BLOG_PATH, WCAG_TAGS } from './constants';

// The production build serving a scratch copy of content/ plus e2e/fixtures/content: a page with
// every embed, and a live blog whose coverage has not ended.

/** Every host the page asks for anything, for as long as the test runs. */
function recordHosts(page: Page): Set<string> {
  const hosts = new Set<string>();
  page.on('request', (request) => {
    hosts.add(new URL(request.url()).hostname);
  });
  return hosts;
}

/** CSP violations reported by the browser. */
async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

test('X, Bluesky, Mastodon and YouTube embeds request nothing from another host before a click', async ({
  page,
}) => {
  const hosts = recordHosts(page);
  await page.goto(EMBEDS_PATH, { waitUntil: 'networkidle' });
  await page.mouse.wheel(0, 4000);
  await page.waitForLoadState('networkidle');
  for (const name of ['X', 'Bluesky', 'Mastodon']) {
    await expect(
      page.getByRole('figure', {
        name: `Publication de ${name === 'X' ? 'Huawei Mobile' : 'Alice Martin'} sur ${name}`,
      }),
    ).toBeVisible();
  }
  await expect(page.locator('figure.bluesky a[rel="tag"]')).toHaveAttribute('href', '/tags/mobile');
  await expect(page.locator('figure.mastodon a[rel="tag"]')).toHaveAttribute(
    'href',
    '/tags/huawei',
  );
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Lire aussi' })).toContainText(
    'Les ambitions contrariées de Huawei',
  );
  expect([...hosts]).toEqual(['127.0.0.1']);
});

test('the video plays in a youtube-nocookie.com frame after a keyboard press, within the CSP', async ({
  page,
}) => {
  const violations = await collectViolations(page);
  // Nothing leaves the machine: the player's request is answered locally.
  await page.route('https://www.youtube-nocookie.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<p>lecteur</p>' }),
  );
  await page.goto(EMBEDS_PATH, { waitUntil: 'networkidle' });
  const play = page.getByRole('button', { name: "Lire la vidéo\u202F: La conférence d'ouverture" });
  await play.focus();
  await page.keyboard.press('Enter');
  const frame = page.locator('figure.youtube iframe');
  await expect(frame).toHaveAttribute(
    'src',
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
  );
  await expect(frame).toHaveAttribute('title', "Vidéo YouTube\u202F: La conférence d'ouverture");
  await expect(page.frameLocator('figure.youtube iframe').locator('p')).toHaveText('lecteur');
  // The other video stays a facade, with its link to YouTube.
  await expect(page.locator('figure.youtube')).toHaveCount(2);
  await expect(page.locator('iframe')).toHaveCount(1);
  await expect(
    page.getByRole('link', { name: 'Voir la vidéo sur YouTube' }).nth(1),
  ).toHaveAttribute('href', 'https://www.youtube.com/watch?v=aBcDeFgHiJ0');
  expect(violations).toEqual([]);
});

test('without JavaScript the facade shows no dead button, and the link still works', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(EMBEDS_PATH);
  await expect(page.locator('.youtube-play').first()).toBeHidden();
  await expect(page.getByRole('link', { name: 'Voir la vidéo sur YouTube' }).first()).toBeVisible();
  await context.close();
});

test('a running live blog shows « En direct » and its island; its JSON route answers', async ({
  page,
  request,
}) => {
  await page.goto(RUNNING_LIVE_BLOG_PATH);
  await expect(page.locator('.live-badge')).toHaveText('En direct');
  await expect(page.locator('.live-updates')).toContainText('Mise à jour automatique');
  await expect(page.locator('.live-updates [aria-live="polite"]')).toHaveCount(1);
  const ids = await page
    .locator('article.live-entry')
    .evaluateAll((items) => items.map((item) => item.id));
  expect(ids).toEqual(['entree-2026-01-05-09h15', 'entree-2026-01-05-08h00']);
  const answer = await (await request.get(`${RUNNING_LIVE_BLOG_PATH}/direct.json?depuis=0`)).json();
  expect(answer.live).toBe(true);
  expect(answer.entries.map((entry: { id: string }) => entry.id)).toEqual(ids);
  // An entry sent to open tabs is the one the page shows, « Lire aussi » card included.
  expect(answer.entries[0].html).toContain('Galaxy Fold');
  expect(await page.locator(`#${ids[0]}`).evaluate((node) => node.outerHTML)).toContain(
    'Galaxy Fold',
  );
});

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    for (const target of [RUNNING_LIVE_BLOG_PATH, EMBEDS_PATH]) {
      test(`${target} has no axe violation (${scheme}, ${width} px)`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(target);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
      });
    }
  }
}
