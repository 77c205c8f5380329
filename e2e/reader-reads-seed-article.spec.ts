import { expect, test } from '@playwright/test';
import { SEED_PATH } from './constants';
import { readSeed, withPlainTypography } from './seed';

const ARTICLE = SEED_PATH;
const seed = readSeed();

test.describe('a reader opens the seed article', () => {
  test('every part of the seed is on the page', async ({ page }) => {
    const response = await page.goto(ARTICLE);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(seed.title);

    const paragraphs = (await page.locator('.article-body > p').allInnerTexts()).map((text) =>
      text.trim(),
    );
    // The seed's words, set in French typography: only spaces and apostrophes change.
    expect(paragraphs.map(withPlainTypography)).toEqual(seed.paragraphs);
    expect(paragraphs[0]).toBe(
      'La volonté de Huawei de percer aux Etats-Unis avec son smartphone flagship Huawei Mate 10 Pro risque d’être contrariée à cause d’AT&T.',
    );
    expect(paragraphs.join('\n')).toContain(
      'un partenariat avec Huawei\u202F? Les médias américains',
    );
    expect(paragraphs.join('\n')).toContain('avec système neuronal («\u202FKirin\u202F»), sera');
    for (const paragraph of paragraphs) {
      expect(paragraph).not.toContain("'");
      expect(paragraph).not.toMatch(/ [;:!?»]|« /);
    }

    expect(seed.boldNames).toEqual(expect.arrayContaining(['Huawei', 'Huawei Mate 10 Pro']));
    const strong = await page.locator('.article-body strong').allInnerTexts();
    expect(strong).toEqual(seed.boldNames);

    expect(await page.locator('.article-body').textContent()).toContain(
      '«\u202Fa déjà prouvé qu’il était en mesure de fournir des terminaux premium au complet dans le monde sur le marché américain\u202F»',
    );
    await expect(page.getByText(seed.credit, { exact: true })).toBeVisible();
    expect(seed.credit).toBe('(Crédit photo : Huawei)');
  });

  test('the tweet keeps its text, author, handle, date, hashtags and links', async ({ page }) => {
    await page.goto(ARTICLE);
    const tweet = page.locator('figure.tweet');
    await expect(tweet).toHaveCount(1);
    await expect(tweet.locator('blockquote')).toHaveText(seed.tweetText);
    await expect(tweet.locator('.tweet-author')).toHaveText('Huawei Mobile');
    const handle = tweet.locator('a.tweet-handle');
    await expect(handle).toHaveText('@HuaweiMobile');
    await expect(handle).toHaveAttribute('href', 'https://x.com/HuaweiMobile');
    const time = tweet.locator('time');
    await expect(time).toHaveAttribute('datetime', '2018-01-09');
    // Exact text: toHaveText would read the no-break spaces as plain ones.
    expect(await time.textContent()).toBe('9\u00A0janvier\u00A02018');
    await expect(tweet.locator('a.tweet-original')).toHaveAttribute('href', /^https:\/\//);

    expect(seed.hashtags).toEqual([
      'Huawei',
      'CES2018',
      'HUAWEIMate10Pro',
      'NewBeginnings',
      'HUAWEICES2018',
    ]);
    const hashtags = tweet.locator('a[rel="tag"]');
    await expect(hashtags).toHaveCount(5);
    for (const [index, tag] of seed.hashtags.entries()) {
      await expect(hashtags.nth(index)).toHaveText(`#${tag}`);
      await expect(hashtags.nth(index)).toHaveAttribute('href', `/tags/${tag.toLowerCase()}`);
    }
    const photo = tweet.getByRole('link', { name: 'pic.twitter.com/msr5KkCuY9' });
    await expect(photo).toHaveAttribute('href', 'http://pic.twitter.com/msr5KkCuY9');
    await expect(photo).toHaveAttribute('rel', /noopener/);
  });

  test('clicking a hashtag opens a topic page that lists the article', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator('figure.tweet').getByRole('link', { name: '#CES2018' }).click();
    await expect(page).toHaveURL(/\/tags\/ces2018$/);
    await expect(page.locator('h1')).toHaveText('#CES2018');
    const link = page.getByRole('link', { name: seed.title });
    await expect(link).toHaveAttribute('href', ARTICLE);
    await link.click();
    await expect(page.locator('h1')).toHaveText(seed.title);
  });

  test('no request leaves the site while the article loads', async ({ page, baseURL }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(ARTICLE, { waitUntil: 'networkidle' });
    expect(requested.length).toBeGreaterThan(1);
    const origin = new URL(baseURL ?? '').host;
    const foreign = requested.filter((url) => {
      const { protocol, host, hostname } = new URL(url);
      if (protocol === 'data:') return false;
      return host !== origin && hostname !== 'localhost' && hostname !== '127.0.0.1';
    });
    expect(foreign).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole article is in the first HTML', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('h1')).toHaveText(seed.title);
    const text = await page.locator('main > article').innerText();
    for (const paragraph of seed.paragraphs) expect(withPlainTypography(text)).toContain(paragraph);
    expect(text).toContain(seed.tweetText);
    expect(withPlainTypography(text)).toContain(seed.credit);
    expect(text).toContain('(Crédit photo\u202F: Huawei)');
  });

  test('the raw HTML response holds the article text, with no JavaScript run', async ({
    request,
  }) => {
    const response = await request.get(ARTICLE);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const body = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    const text = body
      .replace(/<[^>]+>/g, '')
      .replaceAll('&#x27;', "'")
      .replaceAll('&amp;', '&');
    for (const paragraph of [seed.title, ...seed.paragraphs, seed.tweetText, seed.credit]) {
      const found = withPlainTypography(text).includes(paragraph);
      expect(found, `missing from the HTML: ${paragraph}`).toBe(true);
    }
    expect(text).toContain('Huawei\u202F? Les médias');
    expect(text).toContain('l’administration fédérale');
    // The English tweet keeps its own punctuation.
    expect(text).toContain(seed.tweetText);
    // Never inside code or an attribute: no typographic character in any href.
    for (const [, href] of body.matchAll(/\shref="([^"]*)"/g)) {
      expect(href ?? '').not.toMatch(/[\u202F\u00A0’]/);
    }
  });
});
