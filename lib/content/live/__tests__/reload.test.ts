import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ARTICLES_TAG, SITE_TAG } from '@/lib/cache/tags';
import {
  formatProblem,
  getArticle,
  getPublishedArticles,
  getSectionArticles,
  getTopic,
  lookUpArticle,
  onContentReload,
  readArticleSource,
  reloadContent,
  searchArticles,
  type ReloadReport,
} from '@/lib/content';

// Each test works on its own copy of a small real newsroom (two sections, two authors, a draft
// and a scheduled article), edits files the way an editor or `git pull` would, and reloads.
const NEWSROOM = path.resolve('lib/seo/__tests__/fixtures/newsroom');
const NOW = '2026-03-11T09:00:00+01:00';

let root = '';
const articleFile = (slug: string) => path.join(root, 'articles', `${slug}.mdx`);
const write = (slug: string, text: string) => fs.writeFileSync(articleFile(slug), text);

/** An article's file text, with a modification time of its own so the scan sees the write. */
function article({
  title,
  section = 'mobile',
  tags = ['Huawei'],
  date = '2026-03-11T08:00:00+01:00',
  extra = '',
  body = 'Un paragraphe.',
}: {
  title: string;
  section?: string;
  tags?: string[];
  date?: string;
  extra?: string;
  body?: string;
}): string {
  return `---\ntitle: ${title}\ndescription: Une description.\ndate: ${date}\nauthors: [alice-martin]\nsection: ${section}\ntags: [${tags.join(', ')}]\n${extra}---\n\n${body}\n`;
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-reload-'));
  fs.cpSync(NEWSROOM, root, { recursive: true });
  vi.stubEnv('CONTENT_DIR', root);
  vi.stubEnv('MANCHETTE_NOW', NOW);
  // First read of this root.
  expect(getPublishedArticles().map((a) => a.slug)).toEqual([
    'depeche-d-hier',
    'depeche-d-il-y-a-trois-jours',
    'titre-piege',
  ]);
});

afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('reloadContent', () => {
  it('reports no change when nothing changed or a file was only touched', () => {
    expect(reloadContent()).toMatchObject({ changed: false, tags: [] });
    const file = articleFile('depeche-d-hier');
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(file, later, later);
    const touched = reloadContent();
    expect(touched.changes.articles).toEqual([]);
    expect(touched.tags).toEqual([]);
  });

  it('publishes a new article: readable, listed, searchable, with the tags of every list it joins', () => {
    write(
      'nouvelle-depeche',
      article({ title: 'Une nouvelle dépêche', tags: ['Huawei', 'Réseaux'] }),
    );
    const report = reloadContent();
    expect(report.changed).toBe(true);
    expect(report.changes.articles).toEqual(['nouvelle-depeche']);
    expect(report.problems).toEqual([]);
    expect(report.tags).toEqual(
      expect.arrayContaining([
        ARTICLES_TAG,
        'article:nouvelle-depeche',
        'section:mobile',
        'topic:huawei',
        'topic:reseaux',
        'author:alice-martin',
        // The section neighbour whose page now links to it.
        'article:depeche-d-hier',
      ]),
    );
    expect(report.tags).not.toContain('section:securite');
    expect(report.paths.updated).toEqual(
      expect.arrayContaining([
        '/articles/nouvelle-depeche',
        '/',
        '/rubriques/mobile',
        '/tags/reseaux',
      ]),
    );
    expect(getArticle('nouvelle-depeche')?.title).toBe('Une nouvelle dépêche');
    expect(getPublishedArticles()[0]?.slug).toBe('nouvelle-depeche');
    expect(getSectionArticles('mobile').map((a) => a.slug)).toContain('nouvelle-depeche');
    expect(getTopic('reseaux')?.articles.map((a) => a.slug)).toEqual(['nouvelle-depeche']);
    expect(searchArticles('nouvelle').map((hit) => hit.article.slug)).toEqual(['nouvelle-depeche']);
  });

  it('invalidates both the list an article leaves and the one it joins', () => {
    const text = fs.readFileSync(articleFile('titre-piege'), 'utf8');
    write('titre-piege', text.replace('section: securite', 'section: mobile'));
    const report = reloadContent();
    expect(report.changes).toMatchObject({
      site: false,
      articles: ['titre-piege'],
      sections: ['mobile', 'securite'],
    });
    expect(report.tags).toEqual(expect.arrayContaining(['section:mobile', 'section:securite']));
    expect(getSectionArticles('securite').map((a) => a.slug)).toEqual([
      'depeche-d-il-y-a-trois-jours',
    ]);
  });

  it('keeps the last good version of an article whose new frontmatter fails, and locates the problem', () => {
    const good = fs.readFileSync(articleFile('depeche-d-hier'), 'utf8');
    write(
      'depeche-d-hier',
      good
        .replace('title: Une dépêche publiée hier', 'title: Nouveau titre')
        .replace(/^date: .*$/m, 'date: hier'),
    );
    const report = reloadContent();
    expect(report.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/articles\/depeche-d-hier\.mdx:4:1 date: /),
    ]);
    expect(report.tags).toEqual([]);
    const kept = getArticle('depeche-d-hier');
    expect(kept?.title).toBe('Une dépêche publiée hier');
    expect(readArticleSource(kept!).body).toContain('Un sujet');

    // Fixed: the new version replaces the kept one.
    write(
      'depeche-d-hier',
      good.replace('title: Une dépêche publiée hier', 'title: Nouveau titre'),
    );
    const fixed = reloadContent();
    expect(fixed.problems).toEqual([]);
    expect(fixed.tags).toContain('article:depeche-d-hier');
    expect(getArticle('depeche-d-hier')?.title).toBe('Nouveau titre');
  });

  it('keeps the last good text of an article whose new body fails the content check', () => {
    const good = fs.readFileSync(articleFile('depeche-d-hier'), 'utf8');
    write(
      'depeche-d-hier',
      `${good.replace('Une dépêche publiée hier', 'Titre du corps cassé')}\n<script>alert(1)</script>\n`,
    );
    const report = reloadContent();
    expect(report.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/articles\/depeche-d-hier\.mdx:\d+:1 html: .*<script>/),
    ]);
    const kept = getArticle('depeche-d-hier');
    expect(kept?.title).toBe('Une dépêche publiée hier');
    // Pages render the kept text, not the broken file.
    expect(readArticleSource(kept!).body).not.toContain('<script>');
  });

  it('never publishes a new article that fails, and tells why', () => {
    write('casse', article({ title: 'Cassé', section: 'inconnue' }));
    const report = reloadContent();
    expect(report.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/casse\.mdx:\d+:\d+ section: /),
    ]);
    expect(lookUpArticle('casse').kind).toBe('broken');
    expect(getArticle('casse')).toBeUndefined();
  });

  it('removes a deleted article from every list, and names its page as removed', () => {
    fs.rmSync(articleFile('titre-piege'));
    const report = reloadContent();
    expect(report.paths.removed).toEqual(['/articles/titre-piege']);
    expect(report.tags).toEqual(
      expect.arrayContaining([
        'article:titre-piege',
        'section:securite',
        'topic:securite',
        ARTICLES_TAG,
      ]),
    );
    expect(lookUpArticle('titre-piege').kind).toBe('not-found');
    expect(getPublishedArticles().map((a) => a.slug)).not.toContain('titre-piege');
    expect(searchArticles('piège')).toEqual([]);
  });

  it('keeps the search index in step across reloads, re-reading only what changed', () => {
    const slugs = (query: string) => searchArticles(query).map((hit) => hit.article.slug);
    expect(slugs('piège')).toEqual(['titre-piege']);
    write('depeche-d-hier', article({ title: 'Une dépêche d’hier', body: 'Le mot Ancienmot.' }));
    reloadContent();
    expect(slugs('Ancienmot')).toEqual(['depeche-d-hier']);
    write(
      'depeche-d-hier',
      article({ title: 'Une dépêche d’hier', body: 'Le mot Nouveaumotplus long.' }),
    );
    reloadContent();
    expect(slugs('Ancienmot')).toEqual([]);
    expect(slugs('Nouveaumotplus')).toEqual(['depeche-d-hier']);
    // Untouched articles stay found, and a deleted one goes.
    expect(slugs('piège')).toEqual(['titre-piege']);
    fs.rmSync(articleFile('titre-piege'));
    reloadContent();
    expect(slugs('piège')).toEqual([]);
    expect(slugs('Nouveaumotplus')).toEqual(['depeche-d-hier']);
  });

  it('serves the indexed text of an article deleted on disk until the reload removes it', () => {
    const kept = getArticle('titre-piege');
    fs.rmSync(articleFile('titre-piege'));
    expect(readArticleSource(kept!).body).toContain('ne doit jamais casser');
    reloadContent();
    expect(getArticle('titre-piege')).toBeUndefined();
  });

  it('redirects the former slug of a renamed article, and invalidates that URL', () => {
    const text = fs.readFileSync(articleFile('titre-piege'), 'utf8');
    fs.rmSync(articleFile('titre-piege'));
    write(
      'titre-renomme',
      text.replace('tags: [Sécurité]', 'tags: [Sécurité]\naliases: [titre-piege]'),
    );
    const report = reloadContent();
    expect(report.tags).toEqual(
      expect.arrayContaining(['article:titre-piege', 'article:titre-renomme']),
    );
    expect(lookUpArticle('titre-piege')).toEqual({ kind: 'redirect', slug: 'titre-renomme' });
  });

  it('invalidates every page when authors or sections change', () => {
    fs.appendFileSync(
      path.join(root, 'sections.yaml'),
      '- slug: reseaux\n  name: Réseaux\n  description: Les réseaux.\n',
    );
    const report = reloadContent();
    expect(report.changes.site).toBe(true);
    expect(report.tags).toEqual([SITE_TAG]);
  });

  it('leaves a scheduled article unpublished until its time, without another reload', () => {
    write('plus-tard', article({ title: 'Plus tard', date: '2026-03-11T12:00:00+01:00' }));
    reloadContent();
    expect(getArticle('plus-tard')).toBeUndefined();
    vi.stubEnv('MANCHETTE_NOW', '2026-03-11T12:00:01+01:00');
    expect(getArticle('plus-tard')?.title).toBe('Plus tard');
  });

  it('tells listeners what changed', () => {
    const reports: ReloadReport[] = [];
    const stop = onContentReload((report) => reports.push(report));
    try {
      write('ecoutee', article({ title: 'Écoutée' }));
      reloadContent();
      reloadContent();
    } finally {
      stop();
    }
    expect(reports.map((report) => report.changes.articles)).toEqual([['ecoutee']]);
  });
});
