import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runContentCheck } from '@/lib/content/check';
import { formatProblem } from '@/lib/content/problems';
import {
  getArticle,
  getPublishedArticles,
  getTopic,
  lookUpArticle,
} from '@/lib/content/catalog/queries';
import { slugifyTitle, writeArticleDraft } from '@/lib/content/editor/scaffold';
import { toParisIsoString } from '@/lib/format/dates';
import { readAliasRedirects } from '@/lib/content/editor/alias-redirects';

const SCHEDULED = 'exemple-article-programme';
const DRAFT = 'brouillon-enquete-antennes-relais';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('publication state in the shipped content (production rules)', () => {
  it('never lists a draft, whatever the date', () => {
    vi.stubEnv('CONTENT_DIR', 'content');
    vi.stubEnv('MANCHETTE_NOW', '2200-01-01T00:00:00Z');
    expect(getArticle(DRAFT)).toBeUndefined();
    expect(getPublishedArticles().some((article) => article.slug === DRAFT)).toBe(false);
    expect(getTopic('enqueteencours')).toBeUndefined();
  });

  it('publishes a scheduled article at its instant, in the same process (no rebuild)', () => {
    vi.stubEnv('CONTENT_DIR', 'content');
    vi.stubEnv('MANCHETTE_NOW', '2099-01-01T07:59:59+01:00');
    expect(getArticle(SCHEDULED)).toBeUndefined();
    expect(getTopic('programmation')).toBeUndefined();
    expect(lookUpArticle(SCHEDULED).kind).toBe('not-found');

    vi.stubEnv('MANCHETTE_NOW', '2099-01-01T08:00:00+01:00');
    expect(getArticle(SCHEDULED)?.title).toBe('Exemple d’article programmé pour 2099');
    expect(getPublishedArticles()[0]?.slug).toBe(SCHEDULED);
    expect(getTopic('programmation')?.articles.map((article) => article.slug)).toEqual([SCHEDULED]);
  });

  it('lets preview see drafts and scheduled articles', () => {
    vi.stubEnv('CONTENT_DIR', 'content');
    expect(lookUpArticle(DRAFT).kind).toBe('not-found');
    expect(lookUpArticle(DRAFT, { preview: true }).kind).toBe('article');
    expect(lookUpArticle(SCHEDULED, { preview: true }).kind).toBe('article');
  });

  it('redirects a former slug to the article', () => {
    vi.stubEnv('CONTENT_DIR', 'content');
    expect(lookUpArticle('huawei-att-ces-2018')).toEqual({
      kind: 'redirect',
      slug: 'ambitions-contrariees-huawei-etats-unis',
    });
  });
});

describe('content check of links and aliases', () => {
  const problems = async () => {
    vi.stubEnv('CONTENT_DIR', 'lib/content/__tests__/fixtures/broken');
    return (await runContentCheck({ useCache: false, threads: 1 })).problems.map(formatProblem);
  };
  const broken = 'lib/content/__tests__/fixtures/broken/articles';

  it.each([
    [`${broken}/dead-links.mdx:9:6 link: aucun article n’a le slug "article-inexistant"`],
    [`${broken}/dead-links.mdx:9:51 link: aucun article publié n’a le sujet "sujet-inconnu"`],
    [`${broken}/dead-links.mdx:10:1 link: aucune rubrique "sport"`],
    [`${broken}/dead-links.mdx:10:39 link: aucun auteur "personne"`],
    [
      `${broken}/dead-links.mdx:12:14 link: "draft-target" est un brouillon : les lecteurs auraient une erreur 404`,
    ],
    [
      `${broken}/dead-links.mdx:14:5 link: redirige vers /articles ; aucune page du site à l’adresse /articles, reçu "/articles/"`,
    ],
    [
      `${broken}/dead-links.mdx:14:38 link: cette liste n’a que 2 pages, pas de page 9, reçu "/rubriques/mobile/page/9"`,
    ],
    [`${broken}/alias-thief.mdx:9:5 aliases: "alias-owner" est le slug d’un article existant`],
  ])('%s', async (expected) => {
    const all = await problems();
    expect(
      all.some((line) => line.startsWith(expected)),
      all.join('\n'),
    ).toBe(true);
  });

  it('reports an alias claimed by two articles', async () => {
    expect(
      (await problems()).some((line) =>
        /alias-(owner|thief)\.mdx:\d+:\d+ aliases: "ancien-slug" est déjà un ancien slug de/.test(
          line,
        ),
      ),
    ).toBe(true);
  });
});

describe('content:new', () => {
  function copyContent(): string {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-new-'));
    fs.cpSync('content', directory, { recursive: true });
    vi.stubEnv('CONTENT_DIR', directory);
    return directory;
  }

  it('folds accents and punctuation into the slug', () => {
    expect(slugifyTitle("L'été de la 5G : Sécurité & réseaux !")).toBe(
      'l-ete-de-la-5g-securite-reseaux',
    );
    expect(slugifyTitle('Œil pour œil')).toBe('oeil-pour-oeil');
    expect(slugifyTitle('a'.repeat(30) + ' ' + 'b'.repeat(60)).length).toBeLessThanOrEqual(80);
  });

  it('writes a valid draft dated in Paris time, and refuses to overwrite it', async () => {
    const directory = copyContent();
    const now = new Date('2026-07-01T10:00:00Z');
    const first = writeArticleDraft({
      title: 'Sécurité : une faille corrigée',
      section: 'cybersecurite',
      now,
    });
    expect(first).toEqual({
      ok: true,
      file: expect.stringMatching(/une-faille-corrigee\.mdx$/),
      slug: 'securite-une-faille-corrigee',
    });
    const text = fs.readFileSync(
      path.join(directory, 'articles/securite-une-faille-corrigee.mdx'),
      'utf8',
    );
    expect(text).toContain('date: 2026-07-01T12:00:00+02:00');
    expect(text).toContain('draft: true');
    expect(text).toContain('section: cybersecurite');
    for (const component of ['## ', '**', '<Hashtag>', '<Tweet ', '<Credit>'])
      expect(text).toContain(component);
    const check = await runContentCheck({ useCache: false, threads: 1 });
    expect(check.problems.map(formatProblem)).toEqual([]);

    const again = writeArticleDraft({ title: 'Sécurité : une faille corrigée', now });
    expect(again).toEqual({ ok: false, error: expect.stringContaining('already exists') });
    expect(
      fs.readFileSync(path.join(directory, 'articles/securite-une-faille-corrigee.mdx'), 'utf8'),
    ).toBe(text);
  });

  it('refuses unknown sections and authors and slugs that are former slugs', () => {
    copyContent();
    expect(writeArticleDraft({ title: 'Titre', section: 'sport' })).toEqual({
      ok: false,
      error: expect.stringContaining('unknown section "sport"'),
    });
    expect(writeArticleDraft({ title: 'Titre', authors: ['personne'] })).toEqual({
      ok: false,
      error: expect.stringContaining('unknown author(s) personne'),
    });
    expect(writeArticleDraft({ title: 'Huawei ATT CES 2018' })).toEqual({
      ok: false,
      error: expect.stringContaining('already exists'),
    });
    expect(writeArticleDraft({ title: '« ! »' })).toEqual({
      ok: false,
      error: expect.stringContaining('at least one letter'),
    });
  });

  it('writes winter dates with +01:00', () => {
    expect(toParisIsoString(new Date('2026-01-15T08:30:00Z'))).toBe('2026-01-15T09:30:00+01:00');
  });
});

describe('alias redirects for next.config', () => {
  it('redirects every former slug of a published article, and none of a draft', () => {
    expect(readAliasRedirects('content/articles')).toEqual([
      {
        source: '/articles/huawei-att-ces-2018',
        destination: '/articles/ambitions-contrariees-huawei-etats-unis',
        permanent: true,
      },
    ]);
    const broken = readAliasRedirects('lib/content/__tests__/fixtures/broken/articles');
    // The first claim of a duplicated alias wins; an alias equal to a live slug is still
    // listed here, but the content check fails the build before it can ship.
    expect(broken.map((redirect) => redirect.source)).toContain('/articles/ancien-slug');
    expect(broken.every((redirect) => /^\/articles\/[a-z0-9-]+$/.test(redirect.destination))).toBe(
      true,
    );
  });
});
