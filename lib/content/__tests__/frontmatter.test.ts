import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { buildContentIndex } from '@/lib/content/catalog/content-index';
import { readArticleMeta } from '@/lib/content/source/loader';
import { formatProblem } from '@/lib/content/problems';

const BROKEN = 'lib/content/__tests__/fixtures/broken';
const SEED = path.resolve('content/articles/ambitions-contrariees-huawei-etats-unis.mdx');

/** Problems of one broken fixture, formatted as editors read them. */
function problemsOf(name: string): string[] {
  return buildContentIndex()
    .problems.filter((problem) => problem.file.endsWith(`/${name}.mdx`))
    .map(formatProblem);
}

describe('the shipped seed article', () => {
  it('passes the schema with its tags, authors and section', () => {
    const result = readArticleMeta(SEED, {
      references: {
        authors: new Set(['la-redaction']),
        sections: new Set(['mobile']),
        imageExists: () => true,
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.title).toBe('Les ambitions contrariées de Huawei aux Etats-Unis');
    expect(result.data.slug).toBe('ambitions-contrariees-huawei-etats-unis');
    expect(result.data.draft).toBe(false);
    expect(result.data.tags.map((tag) => tag.slug)).toEqual(
      expect.arrayContaining([
        'huawei',
        'ces2018',
        'huaweimate10pro',
        'newbeginnings',
        'huaweices2018',
      ]),
    );
    // Seed published during CES 2018 (9–12 January), Paris time.
    expect(result.data.publishedAt).toBe(Date.parse('2018-01-09T17:30:00Z'));
  });
});

describe('broken frontmatter fixtures', () => {
  beforeEach(() => {
    vi.stubEnv('CONTENT_DIR', BROKEN);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    [
      'bad-date',
      `${BROKEN}/articles/bad-date.mdx:4:1 date: date ISO 8601 avec décalage horaire attendue (par ex. 2018-01-09T18:30:00+01:00), reçu "05/01/2026"`,
    ],
    [
      'impossible-date',
      `${BROKEN}/articles/impossible-date.mdx:4:1 date: date ISO 8601 avec décalage horaire attendue`,
    ],
    ['missing-title', `${BROKEN}/articles/missing-title.mdx:2:1 title: champ obligatoire`],
    ['bad-image', `${BROKEN}/articles/bad-image.mdx:8:3 image.src: chemin sous public/ attendu`],
    [
      'svg-image',
      `${BROKEN}/articles/svg-image.mdx:8:3 image.src: les images SVG sont interdites (elles peuvent contenir du script)`,
    ],
    [
      'typo-field',
      `${BROKEN}/articles/typo-field.mdx:7:1 tgas: champ inconnu (vouliez-vous dire "tags" ?)`,
    ],
    [
      'updated-before-date',
      `${BROKEN}/articles/updated-before-date.mdx:5:1 updated: ne doit pas précéder date`,
    ],
    [
      'Bad_Slug',
      `${BROKEN}/articles/Bad_Slug.mdx:1:1 slug: le nom de fichier "Bad_Slug" n’est pas un slug valide`,
    ],
    [
      'no-frontmatter',
      `${BROKEN}/articles/no-frontmatter.mdx:1:1 frontmatter: en-tête (frontmatter) absent`,
    ],
    ['yaml-error', `${BROKEN}/articles/yaml-error.mdx:6:1 yaml: `],
    [
      'missing-image',
      `${BROKEN}/articles/missing-image.mdx:8:3 image.src: image introuvable (ou illisible) dans public/, reçu "/images/n-existe-pas.jpg"`,
    ],
  ])('%s names file, line and field', (name, expected) => {
    const problems = problemsOf(name);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toContain(expected);
  });

  it('reports every bad field of one file, each on its own line', () => {
    expect(problemsOf('bad-image')).toEqual([
      expect.stringContaining('bad-image.mdx:8:3 image.src:'),
      expect.stringContaining('bad-image.mdx:9:3 image.alt: ne doit pas être vide'),
    ]);
  });

  it('checks authors and sections against the records that exist', () => {
    expect(problemsOf('unknown-refs')).toEqual([
      `${BROKEN}/articles/unknown-refs.mdx:5:25 authors.1: auteur inconnu "bob-inconnu" ; auteurs existants : alice-martin`,
      `${BROKEN}/articles/unknown-refs.mdx:6:1 section: rubrique inconnue "sport" ; rubriques existantes : mobile`,
    ]);
  });

  it('reports all broken files, not just the first, and indexes none of them', () => {
    const index = buildContentIndex();
    const files = new Set(index.problems.map((problem) => problem.file));
    for (const name of ['bad-date', 'missing-title', 'bad-image', 'typo-field', 'unknown-refs']) {
      expect(files).toContain(`${BROKEN}/articles/${name}.mdx`);
      expect(index.brokenSlugs).toContain(name);
      expect(index.articlesBySlug.has(name)).toBe(false);
    }
  });
});

describe('lead images for Google Discover', () => {
  const WITH_IMAGE = path.resolve('content/articles/encheres-5g-arcep-orange-en-tete.mdx');
  const check = (imageWidth: (src: string) => number | undefined) =>
    readArticleMeta(WITH_IMAGE, {
      references: {
        authors: new Set([
          'la-redaction',
          'claire-vasseur',
          'antoine-delorme',
          'julien-marchetti',
          'sonia-benali',
        ]),
        sections: new Set(['mobile', 'telecoms', 'cybersecurite', 'entreprises']),
        imageExists: () => true,
        imageWidth,
      },
    });

  it('refuses a lead image narrower than 1,200 px, naming file, line, field and width', () => {
    const result = check(() => 1199);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /encheres-5g-arcep-orange-en-tete\.mdx:\d+:\d+ image\.src: image de 1199 px de large : il en faut au moins 1200 pour les grands aperçus de Google Discover$/,
      ),
    ]);
  });

  it('accepts 1,200 px and the real widths of the shipped images', () => {
    expect(check(() => 1200).ok).toBe(true);
    // The real reader on the shipped content: every lead image there is 1,600 px wide.
    vi.stubEnv('CONTENT_DIR', path.resolve('content'));
    const index = buildContentIndex();
    vi.unstubAllEnvs();
    const leads = index.articles.filter((article) => article.image);
    expect(leads.length).toBeGreaterThan(3);
    expect(index.problems).toEqual([]);
  });
});
