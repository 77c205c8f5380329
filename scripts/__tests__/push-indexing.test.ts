import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMockEndpoint } from '@/lib/indexing/__tests__/mock-endpoint';

// The postbuild step as `npm run build` runs it: tsx on scripts/push-indexing.ts, in a scratch
// project folder (its .next/cache), on a copy of the test newsroom, against a real local server.
const ROOT = path.resolve(import.meta.dirname, '../..');
const NEWSROOM = path.join(ROOT, 'lib/seo/__tests__/fixtures/newsroom');
const SITE = 'https://www.manchette.example';
const KEY = 'cle-du-build-5d2e';

let project = '';
let endpoint: Awaited<ReturnType<typeof startMockEndpoint>>;
const article = (slug: string) => path.join(project, 'content', 'articles', `${slug}.mdx`);

beforeEach(async () => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-postbuild-'));
  fs.cpSync(NEWSROOM, path.join(project, 'content'), { recursive: true });
  endpoint = await startMockEndpoint({ status: 200 });
});

afterEach(async () => {
  await endpoint.close();
  fs.rmSync(project, { recursive: true, force: true });
});

/** Runs the postbuild step; resolves with its exit code and output. */
function runPostbuild(env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    ['--tsconfig', path.join(ROOT, 'tsconfig.json'), path.join(ROOT, 'scripts/push-indexing.ts')],
    {
      cwd: project,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        CONTENT_DIR: path.join(project, 'content'),
        MANCHETTE_NOW: '2026-03-11T09:00:00+01:00',
        SITE_URL: SITE,
        ...env,
      },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code: code ?? 1, output })),
  );
}

const enabled = () => ({
  INDEXNOW_KEY: KEY,
  INDEXNOW_ENDPOINT: `${endpoint.url}/indexnow`,
  WEBSUB_HUB: `${endpoint.url}/hub`,
});
const manifestFile = () => path.join(project, '.next/cache/manchette/published.json');

describe('npm run build’s postbuild step', () => {
  it('does nothing, and writes nothing, when neither IndexNow nor WebSub is set', async () => {
    const run = await runPostbuild();
    expect(run).toEqual({ code: 0, output: '' });
    expect(fs.existsSync(manifestFile())).toBe(false);
  }, 30_000);

  it('records a baseline first, then sends only what changed since the previous build', async () => {
    const first = await runPostbuild(enabled());
    expect(first.code).toBe(0);
    expect(first.output).toContain(
      '[indexation] Première construction suivie : 3 articles publiés enregistrés comme référence, aucune notification envoyée.',
    );
    expect(endpoint.received).toEqual([]);

    fs.appendFileSync(article('titre-piege'), '\nUn paragraphe ajouté.\n');
    fs.rmSync(article('depeche-d-hier'));
    fs.appendFileSync(article('brouillon-recent'), '\nRetouche du brouillon.\n');
    fs.appendFileSync(article('programme-demain'), '\nRetouche du programmé.\n');
    const second = await runPostbuild(enabled());
    expect(second.code).toBe(0);
    const submissions = endpoint.received.filter((request) => request.path === '/indexnow');
    expect(submissions.map((request) => JSON.parse(request.body))).toEqual([
      {
        host: 'www.manchette.example',
        key: KEY,
        keyLocation: `${SITE}/${KEY}.txt`,
        urlList: [`${SITE}/articles/depeche-d-hier`, `${SITE}/articles/titre-piege`],
      },
    ]);
    const feeds = endpoint.received
      .filter((request) => request.path === '/hub')
      .map((request) => new URLSearchParams(request.body).get('hub.url'))
      .sort();
    // The site, both sections and the topic they share; Huawei and Mobile lost their only article.
    expect(feeds).toEqual(
      ['/flux', '/rubriques/mobile/flux', '/rubriques/securite/flux', '/tags/securite/flux']
        .flatMap((base) =>
          ['atom.xml', 'feed.json', 'rss.xml'].map((file) => `${SITE}${base}/${file}`),
        )
        .sort(),
    );
    expect(endpoint.received.map((request) => request.body).join('\n')).not.toMatch(
      /brouillon|programme/,
    );
    expect(second.output).not.toContain(KEY);

    const count = endpoint.received.length;
    const third = await runPostbuild(enabled());
    expect(third.code).toBe(0);
    expect(endpoint.received).toHaveLength(count);
  }, 60_000);

  it('still succeeds when the far side refuses, and says so in French', async () => {
    await runPostbuild(enabled());
    await endpoint.close();
    const refusing = await startMockEndpoint({ status: 500 });
    try {
      fs.appendFileSync(article('titre-piege'), '\nUn paragraphe ajouté.\n');
      const run = await runPostbuild({
        INDEXNOW_KEY: KEY,
        INDEXNOW_ENDPOINT: `${refusing.url}/indexnow`,
      });
      expect(run.code).toBe(0);
      expect(run.output).toContain(
        `[indexation] IndexNow (${new URL(refusing.url).host}) a refusé la notification : réponse 500.`,
      );
      expect(refusing.received).toHaveLength(1);
    } finally {
      await refusing.close();
    }
  }, 60_000);
});
