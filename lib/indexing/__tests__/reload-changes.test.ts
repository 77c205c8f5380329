import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPublishedArticles, reloadContent } from '@/lib/content';
import { listReloadChanges } from '@/lib/indexing/reload';

// A copy of the small real newsroom, edited as an editor or `git pull` would, then reloaded.
const NEWSROOM = path.resolve('lib/seo/__tests__/fixtures/newsroom');
const NOW = '2026-03-11T09:00:00+01:00';

let root = '';
const file = (slug: string) => path.join(root, 'articles', `${slug}.mdx`);
const write = (slug: string, { date = '2026-03-11T08:00:00+01:00', extra = '', tags = 'Huawei' }) =>
  fs.writeFileSync(
    file(slug),
    `---\ntitle: Article ${slug}\ndescription: Une description.\ndate: ${date}\nauthors: [alice-martin]\nsection: mobile\ntags: [${tags}]\n${extra}---\n\nUn paragraphe.\n`,
  );

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-indexing-'));
  fs.cpSync(NEWSROOM, root, { recursive: true });
  vi.stubEnv('CONTENT_DIR', root);
  vi.stubEnv('MANCHETTE_NOW', NOW);
  expect(getPublishedArticles()).toHaveLength(3);
});

afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('listReloadChanges', () => {
  it('names a new published article and the feeds it joins', () => {
    write('nouvelle-depeche', { tags: 'Huawei, Réseaux' });
    expect(listReloadChanges(reloadContent())).toEqual({
      articlePaths: ['/articles/nouvelle-depeche'],
      feedPaths: [
        '/flux/rss.xml',
        '/flux/atom.xml',
        '/flux/feed.json',
        '/rubriques/mobile/flux/rss.xml',
        '/rubriques/mobile/flux/atom.xml',
        '/rubriques/mobile/flux/feed.json',
        '/tags/huawei/flux/rss.xml',
        '/tags/huawei/flux/atom.xml',
        '/tags/huawei/flux/feed.json',
        '/tags/reseaux/flux/rss.xml',
        '/tags/reseaux/flux/atom.xml',
        '/tags/reseaux/flux/feed.json',
      ],
    });
  });

  it('never names a draft or a scheduled article, alone or beside a published one', () => {
    write('brouillon-secret', { extra: 'draft: true\n', tags: 'Secret' });
    write('programme-plus-tard', { date: '2026-03-20T08:00:00+01:00', tags: 'Futur' });
    const alone = listReloadChanges(reloadContent());
    expect(alone).toEqual({ articlePaths: [], feedPaths: [] });

    fs.appendFileSync(file('brouillon-secret'), '\nUne retouche.\n');
    write('publiee-avec', {});
    const beside = listReloadChanges(reloadContent());
    expect(beside.articlePaths).toEqual(['/articles/publiee-avec']);
    // The draft's topic has no published article, hence no feed to announce.
    expect(JSON.stringify(beside)).not.toMatch(/secret|futur|programme/);
  });

  it('names an article readers lost: deleted, or turned back into a draft', () => {
    fs.rmSync(file('titre-piege'));
    expect(listReloadChanges(reloadContent()).articlePaths).toEqual(['/articles/titre-piege']);
    const text = fs.readFileSync(file('depeche-d-il-y-a-trois-jours'), 'utf8');
    fs.writeFileSync(
      file('depeche-d-il-y-a-trois-jours'),
      text.replace(/^section: /m, 'draft: true\nsection: '),
    );
    expect(listReloadChanges(reloadContent()).articlePaths).toEqual([
      '/articles/depeche-d-il-y-a-trois-jours',
    ]);
  });

  it('names nothing when nothing changed', () => {
    expect(listReloadChanges(reloadContent())).toEqual({ articlePaths: [], feedPaths: [] });
  });
});
