import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPublishedArticles, reloadContent } from '@/lib/content';
import { createGoLiveCheck } from '@/lib/indexing/schedule';

// The newsroom's `programme-demain` goes live on 2026-03-12 at 09:00 (Paris); the clock is moved
// past it as time would pass on a running server.
const NEWSROOM = path.resolve('lib/seo/__tests__/fixtures/newsroom');
const BEFORE = '2026-03-11T09:00:00+01:00';
const AFTER = '2026-03-12T09:01:00+01:00';

let root = '';
let stops: (() => void)[] = [];
const write = (slug: string, extra = '') =>
  fs.writeFileSync(
    path.join(root, 'articles', `${slug}.mdx`),
    `---\ntitle: Article ${slug}\ndescription: Une description.\ndate: 2026-03-11T08:00:00+01:00\nauthors: [alice-martin]\nsection: securite\ntags: [Sécurité]\n${extra}---\n\nUn paragraphe.\n`,
  );

function check() {
  const goLive = createGoLiveCheck();
  stops.push(goLive.stop);
  return goLive.check;
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-schedule-'));
  fs.cpSync(NEWSROOM, root, { recursive: true });
  vi.stubEnv('CONTENT_DIR', root);
  vi.stubEnv('MANCHETTE_NOW', BEFORE);
  expect(getPublishedArticles()).toHaveLength(3);
});

afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  vi.unstubAllEnvs();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('createGoLiveCheck', () => {
  it('announces a scheduled article once, when its time has come, and never a draft', () => {
    const goLive = check();
    expect(goLive()).toEqual({ articlePaths: [], feedPaths: [] });
    vi.stubEnv('MANCHETTE_NOW', AFTER);
    expect(goLive()).toEqual({
      articlePaths: ['/articles/programme-demain'],
      feedPaths: [
        '/flux/rss.xml',
        '/flux/atom.xml',
        '/flux/feed.json',
        '/rubriques/mobile/flux/rss.xml',
        '/rubriques/mobile/flux/atom.xml',
        '/rubriques/mobile/flux/feed.json',
        '/tags/programmation/flux/rss.xml',
        '/tags/programmation/flux/atom.xml',
        '/tags/programmation/flux/feed.json',
      ],
    });
    expect(goLive()).toEqual({ articlePaths: [], feedPaths: [] });
  });

  it('leaves what a reload published to the webhook, but not a scheduled one gone live meanwhile', () => {
    const goLive = check();
    write('publiee-par-le-webhook');
    write('brouillon-du-webhook', 'draft: true\n');
    vi.stubEnv('MANCHETTE_NOW', AFTER);
    reloadContent();
    expect(goLive().articlePaths).toEqual(['/articles/programme-demain']);
  });
});
