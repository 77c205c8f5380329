import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getWatchToken } from '@/lib/content/live/access';
import { startContentWatch } from '@/lib/content/live/watch';

// The watcher against a real folder and a real local webhook: every kind of save an editor, a
// `git pull` or a synced volume makes must end in one POST with the watcher's token.
let root = '';
let server: http.Server;
let posts: string[] = [];
let resets = 0;
let stop: () => void = () => undefined;

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-watch-'));
  fs.mkdirSync(path.join(root, 'articles'));
  fs.mkdirSync(path.join(root, 'authors'));
  // Enough files that a watcher per file would be the wrong design, few enough to stay quick.
  for (let index = 0; index < 300; index += 1)
    fs.writeFileSync(path.join(root, 'articles', `article-${index}.mdx`), `texte ${index}\n`);
  posts = [];
  resets = 0;
  server = http.createServer((request, response) => {
    // A connection reset, as when the server closes a kept-alive connection under a request.
    if (resets > 0) {
      resets -= 1;
      request.socket.destroy();
      return;
    }
    posts.push(`${request.method} ${request.headers.authorization ?? ''}`);
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  vi.stubEnv('CONTENT_DIR', root);
  vi.stubEnv('CONTENT_WATCH_URL', `http://127.0.0.1:${port}/api/revalidate`);
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  stop = startContentWatch({ debounceMs: 50 });
  // Let the watchers settle before the first change.
  await new Promise((resolve) => setTimeout(resolve, 200));
});

afterEach(async () => {
  stop();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(root, { recursive: true, force: true });
});

/** Makes a change, then waits for the watcher's next POST. */
async function expectReloadAfter(change: () => void): Promise<void> {
  const before = posts.length;
  change();
  await vi.waitFor(() => expect(posts.length).toBeGreaterThan(before), {
    timeout: 5000,
    interval: 20,
  });
  expect(posts.at(-1)).toBe(`POST Bearer ${getWatchToken()}`);
}

describe('CONTENT_WATCH: each kind of save reloads through the webhook', () => {
  const file = (name: string) => path.join(root, 'articles', name);

  it('an in-place write of an existing article', async () => {
    await expectReloadAfter(() => fs.appendFileSync(file('article-299.mdx'), 'ajout\n'));
  });

  it('a new article', async () => {
    await expectReloadAfter(() => fs.writeFileSync(file('nouveau.mdx'), 'nouveau\n'));
  });

  it('an atomic save, then an in-place write of the same file', async () => {
    await expectReloadAfter(() => {
      fs.writeFileSync(file('.article-7.mdx.tmp'), 'version atomique\n');
      fs.renameSync(file('.article-7.mdx.tmp'), file('article-7.mdx'));
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await expectReloadAfter(() => fs.appendFileSync(file('article-7.mdx'), 'puis sur place\n'));
  });

  it('a deletion and a rename', async () => {
    await expectReloadAfter(() => fs.rmSync(file('article-1.mdx')));
    await new Promise((resolve) => setTimeout(resolve, 150));
    await expectReloadAfter(() => fs.renameSync(file('article-2.mdx'), file('renomme.mdx')));
  });

  it('a file in a folder created after the watcher started', async () => {
    const folder = path.join(root, 'articles', 'dossier');
    await expectReloadAfter(() => fs.mkdirSync(folder));
    await new Promise((resolve) => setTimeout(resolve, 150));
    await expectReloadAfter(() =>
      fs.writeFileSync(path.join(folder, 'dans-le-dossier.mdx'), 'x\n'),
    );
  });

  it('a reset connection is tried again, so the change is not lost', async () => {
    resets = 2;
    await expectReloadAfter(() => fs.appendFileSync(file('article-5.mdx'), 'ajout\n'));
    expect(resets).toBe(0);
  });

  it('an author file, one folder over', async () => {
    await expectReloadAfter(() =>
      fs.writeFileSync(path.join(root, 'authors', 'alice.yaml'), 'name: Alice\n'),
    );
  });
});
