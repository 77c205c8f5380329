import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';

/** A production server on its own scratch copy of content/ (e2e/start-server.mjs). */
export interface PublishingServer {
  origin: string;
  /** The server's content root: the test edits files there, as an editor or `git pull` would. */
  content: string;
  /** Makes the server pick up the files written so far; returns the webhook's answer, if any. */
  publish: (request: APIRequestContext) => Promise<PublishAnswer | undefined>;
}

/** The webhook's JSON answer. */
export interface PublishAnswer {
  changed: boolean;
  articles: string[];
  problems: string[];
  paths: { updated: string[]; removed: string[] };
}

/** `YYYY-MM-DDTHH:mm:ss+00:00`, a minute ago: published, and inside the news sitemap's 48 hours. */
function justNow(): string {
  return `${new Date(Date.now() - 60_000).toISOString().slice(0, 19)}+00:00`;
}

const NEW_SLUG = 'depeche-publiee-a-chaud';
const NEW_TITLE = 'Une dépêche publiée à chaud, sans reconstruction';
const NEW_WORD = 'Zorglubophone';
const EDITED_SLUG = 'orange-plan-fermeture-reseau-cuivre';
const EDITED_TITLE = 'Orange avance la fin du cuivre, titre corrigé à chaud';
const DELETED_SLUG = 'encheres-5g-arcep-orange-en-tete';
const RENAMED_FROM = 'nokia-3310-retour-mwc-2017';
const RENAMED_TO = 'nokia-3310-renomme-a-chaud';
const BROKEN_SLUG = 'galaxy-fold-lancement-reporte';
const BROKEN_NEW_SLUG = 'nouvelle-depeche-cassee';
const WITNESS_SLUG = 'temoin-du-rechargement';

/**
 * The editor's journey on a running production server, without a rebuild: publish a new
 * article, edit one, delete one, rename one with an alias, save a broken version of one and
 * a broken new one; after each step, pages, lists, feeds, sitemaps and search agree.
 */
export function describePublishing(server: PublishingServer): void {
  const { origin, content } = server;
  const file = (slug: string) => path.join(content, 'articles', `${slug}.mdx`);
  const get = (request: APIRequestContext, url: string) =>
    request.get(`${origin}${url}`, { maxRedirects: 0 });
  const text = async (request: APIRequestContext, url: string) => {
    const response = await get(request, url);
    return `${response.status()} ${await response.text()}`;
  };
  // The server answers within seconds; the generous bound only absorbs a busy test machine.
  const eventually = (probe: () => Promise<unknown>, message?: string) =>
    expect.poll(probe, { timeout: 20_000, ...(message ? { message } : {}) });
  /** Waits until `url` answers with (or without) `needle`, naming both when it does not. */
  const eventuallyShows = (request: APIRequestContext, url: string, needle: string, shown = true) =>
    eventually(
      async () => (await text(request, url)).includes(needle),
      `${url} ${shown ? 'shows' : 'no longer shows'} ${needle}`,
    ).toBe(shown);

  test.describe.configure({ mode: 'serial' });

  test('a new article is readable, listed, in the feeds, sitemaps and search', async ({
    page,
    request,
  }) => {
    const section = await text(request, '/rubriques/mobile');
    expect(section.includes(NEW_TITLE), NEW_TITLE).toBe(false);
    fs.writeFileSync(
      file(NEW_SLUG),
      `---\ntitle: ${NEW_TITLE}\ndescription: Publiée sur le serveur en marche.\ndate: ${justNow()}\nauthors: [la-redaction]\nsection: mobile\ntags: [Smartphones, PublicationAChaud]\n---\n\nLe ${NEW_WORD} arrive en quelques secondes.\n`,
    );
    const answer = await server.publish(request);
    if (answer) expect(answer).toMatchObject({ changed: true, articles: [NEW_SLUG], problems: [] });
    await eventually(() => get(request, `/articles/${NEW_SLUG}`).then((r) => r.status())).toBe(200);
    await page.goto(`${origin}/articles/${NEW_SLUG}`);
    await expect(page.locator('article h1')).toHaveText(NEW_TITLE);
    for (const url of [
      '/',
      '/rubriques/mobile',
      '/tags/publicationachaud',
      '/auteurs/la-redaction',
    ]) {
      await eventuallyShows(request, url, `/articles/${NEW_SLUG}`);
    }
    for (const url of ['/flux/rss.xml', '/flux/atom.xml', '/rubriques/mobile/flux/rss.xml']) {
      await eventuallyShows(request, url, NEW_TITLE);
    }
    for (const url of ['/sitemap.xml', '/news-sitemap.xml']) {
      await eventuallyShows(request, url, `/articles/${NEW_SLUG}</loc>`);
    }
    await eventuallyShows(request, `/recherche?q=${NEW_WORD}`, `/articles/${NEW_SLUG}`);
    // Its Open Graph card: the bare URL redirects to the current version of the card.
    const card = await get(request, `/articles/${NEW_SLUG}/og.png`);
    expect(card.status()).toBe(307);
    expect((await get(request, card.headers().location ?? '')).status()).toBe(200);
  });

  test('an edited article shows its new title and update date everywhere', async ({ request }) => {
    const before = fs.readFileSync(file(EDITED_SLUG), 'utf8');
    expect(
      (await text(request, `/articles/${EDITED_SLUG}`)).includes(EDITED_TITLE),
      EDITED_TITLE,
    ).toBe(false);
    fs.writeFileSync(
      file(EDITED_SLUG),
      before
        .replace(/^title: .*$/m, `title: ${EDITED_TITLE}`)
        .replace(/^date: (.*)$/m, `date: $1\nupdated: ${justNow()}`),
    );
    const answer = await server.publish(request);
    if (answer) expect(answer).toMatchObject({ articles: [EDITED_SLUG], problems: [] });
    await eventuallyShows(request, `/articles/${EDITED_SLUG}`, EDITED_TITLE);
    expect(
      (await text(request, `/articles/${EDITED_SLUG}`)).includes('Mis à jour'),
      'Mis à jour',
    ).toBe(true);
    for (const url of [
      '/rubriques/telecoms',
      '/archives',
      '/flux/rss.xml',
      '/rubriques/telecoms/flux/atom.xml',
    ]) {
      await eventuallyShows(request, url, EDITED_TITLE);
    }
  });

  test('a deleted article is gone: 404, and out of every list, feed, sitemap and search', async ({
    request,
  }) => {
    const href = `/articles/${DELETED_SLUG}`;
    expect((await text(request, '/rubriques/telecoms')).includes(href), href).toBe(true);
    fs.rmSync(file(DELETED_SLUG));
    const answer = await server.publish(request);
    if (answer) expect(answer.paths.removed).toEqual([href]);
    await eventually(() => get(request, href).then((r) => r.status())).toBe(404);
    expect((await get(request, `${href}/og.png`)).status()).toBe(404);
    // As a list entry, a feed item or a sitemap URL (another article's body may still link to it).
    for (const url of ['/', '/rubriques/telecoms', '/archives', '/recherche?q=ench%C3%A8res']) {
      await eventuallyShows(request, url, `href="${href}"`, false);
    }
    await eventuallyShows(request, '/flux/rss.xml', `${href}</link>`, false);
    await eventuallyShows(request, '/sitemap.xml', `${href}</loc>`, false);
  });

  test('a renamed article answers at its new URL, and its former slug redirects there (308)', async ({
    request,
  }) => {
    const before = fs.readFileSync(file(RENAMED_FROM), 'utf8');
    fs.writeFileSync(
      file(RENAMED_TO),
      before.replace(/^section: /m, `aliases: [${RENAMED_FROM}]\nsection: `),
    );
    fs.rmSync(file(RENAMED_FROM));
    const answer = await server.publish(request);
    if (answer) expect(answer.articles).toEqual([RENAMED_FROM, RENAMED_TO].sort());
    await eventually(() => get(request, `/articles/${RENAMED_FROM}`).then((r) => r.status())).toBe(
      308,
    );
    const redirect = await get(request, `/articles/${RENAMED_FROM}`);
    expect(redirect.headers().location).toMatch(new RegExp(`/articles/${RENAMED_TO}$`));
    expect((await get(request, `/articles/${RENAMED_TO}`)).status()).toBe(200);
    await eventuallyShows(request, '/rubriques/mobile', `/articles/${RENAMED_TO}`);
    expect(
      (await text(request, '/sitemap.xml')).includes(`/articles/${RENAMED_FROM}<`),
      `/articles/${RENAMED_FROM}<`,
    ).toBe(false);
  });

  test('a broken save keeps the last good version online, and a broken new article is never published', async ({
    request,
  }) => {
    const good = fs.readFileSync(file(BROKEN_SLUG), 'utf8');
    const goodTitle = /^title: (.*)$/m.exec(good)?.[1]?.replace(/^"|"$/g, '') ?? '';
    fs.writeFileSync(
      file(BROKEN_SLUG),
      good
        .replace(/^title: .*$/m, 'title: Titre jamais publié')
        .replace(/^date: .*$/m, 'date: demain'),
    );
    const newArticle = (slug: string, section: string) =>
      fs.writeFileSync(
        file(slug),
        `---\ntitle: Article ${slug}\ndescription: Une description.\ndate: 2026-01-01T10:00:00+01:00\nauthors: [la-redaction]\nsection: ${section}\n---\n\nTexte.\n`,
      );
    newArticle(BROKEN_NEW_SLUG, 'rubrique-inconnue');
    // A valid article saved with them: once it is online, the broken files were read too.
    newArticle(WITNESS_SLUG, 'mobile');
    const answer = await server.publish(request);
    if (answer) {
      expect(answer.problems).toEqual([
        expect.stringMatching(new RegExp(`articles/${BROKEN_SLUG}\\.mdx:\\d+:\\d+ date: `)),
        expect.stringMatching(new RegExp(`articles/${BROKEN_NEW_SLUG}\\.mdx:\\d+:\\d+ section: `)),
      ]);
    }
    await eventually(() => get(request, `/articles/${WITNESS_SLUG}`).then((r) => r.status())).toBe(
      200,
    );
    expect((await get(request, `/articles/${BROKEN_NEW_SLUG}`)).status()).toBe(404);
    const page = await text(request, `/articles/${BROKEN_SLUG}`);
    expect(page).toMatch(/^200 /);
    expect(page.includes('Titre jamais publié'), 'Titre jamais publié').toBe(false);
    expect(page.includes(goodTitle.slice(0, 30)), goodTitle.slice(0, 30)).toBe(true);
    expect(
      (await text(request, '/rubriques/mobile')).includes(`/articles/${BROKEN_SLUG}`),
      `/articles/${BROKEN_SLUG}`,
    ).toBe(true);
  });
}
