import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runContentCheck } from '@/lib/content/check';
import { formatProblem } from '@/lib/content/problems';

const FIXTURES = 'lib/content/__tests__/fixtures';

async function checkContent(directory: string): Promise<string[]> {
  vi.stubEnv('CONTENT_DIR', directory);
  return (await runContentCheck({ useCache: false, threads: 1 })).problems.map(formatProblem);
}

const checkFolder = (folder: string) => checkContent(`${FIXTURES}/${folder}`);

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the content check on MDX bodies', () => {
  it('accepts the kitchen-sink article that uses every component', async () => {
    expect(await checkFolder('valid')).toEqual([]);
  });

  it('accepts the shipped content', async () => {
    expect(await checkContent('content')).toEqual([]);
  });

  it('reports two broken files as problems of two files', async () => {
    const problems = await checkFolder('two-broken');
    const files = new Set(problems.map((line) => line.split(':')[0]));
    expect(files).toEqual(
      new Set([
        `${FIXTURES}/two-broken/articles/bad-date.mdx`,
        `${FIXTURES}/two-broken/articles/raw-script.mdx`,
      ]),
    );
  });

  const broken = `${FIXTURES}/broken/articles`;
  it.each([
    [
      'raw <script>',
      `${broken}/raw-script.mdx:11:1 html: l’élément HTML brut <script> est interdit`,
    ],
    [
      'raw <iframe>',
      `${broken}/raw-script.mdx:13:1 html: l’élément HTML brut <iframe> est interdit`,
    ],
    [
      'javascript: link',
      `${broken}/dangerous-links.mdx:9:4 link: le schéma "javascript:" est interdit`,
    ],
    ['data: link', `${broken}/dangerous-links.mdx:9:49 link: le schéma "data:" est interdit`],
    [
      'vbscript: link',
      `${broken}/dangerous-links.mdx:11:4 link: le schéma "vbscript:" est interdit`,
    ],
    [
      'relative link',
      `${broken}/dangerous-links.mdx:11:43 link: les liens relatifs sont interdits`,
    ],
    [
      'tweet handle',
      `${broken}/bad-tweet.mdx:12:1 Tweet.handle: identifiant X attendu, comme "HuaweiMobile", reçu "pas un pseudo!"`,
    ],
    [
      'tweet date',
      `${broken}/bad-tweet.mdx:12:1 Tweet.date: date attendue, comme 2018-01-09, reçu "9 janvier 2018"`,
    ],
    [
      'tweet url',
      `${broken}/bad-tweet.mdx:12:1 Tweet.url: lien http(s) vers la publication d’origine attendu, reçu "javascript:alert(1)"`,
    ],
    [
      'unclosed tag (file line, not body line)',
      `${broken}/syntax-error.mdx:13:1 mdx: erreur de syntaxe : Expected a closing tag for \`<Tweet>\``,
    ],
    [
      'hashtag outside the tags',
      `${broken}/untagged-hashtag.mdx:10:61 Hashtag: #Sécurité ne fait pas partie des sujets (tags) de l’article`,
    ],
    ['import', `${broken}/expressions.mdx:9:1 mdx: les instructions import/export sont interdites`],
    [
      '{…} expression',
      `${broken}/expressions.mdx:11:17 mdx: les expressions JavaScript {…} sont interdites`,
    ],
    ['unknown component', `${broken}/expressions.mdx:13:1 mdx: composant inconnu <Chart>`],
    ['body h1', `${broken}/expressions.mdx:15:1 mdx: titre de niveau 1 dans le corps`],
    [
      'reference-style remote image (tracking pixel)',
      `${broken}/reference-images.mdx:9:19 mdx: les images dans le corps ne sont pas prises en charge`,
    ],
    [
      'reference-style local image (/_next/image)',
      `${broken}/reference-images.mdx:11:29 mdx: les images dans le corps ne sont pas prises en charge`,
    ],
    [
      'reference-style javascript: link',
      `${broken}/reference-images.mdx:17:1 link: le schéma "javascript:" est interdit`,
    ],
    [
      'reference-style data: link',
      `${broken}/reference-images.mdx:18:1 link: le schéma "data:" est interdit`,
    ],
    [
      'nesting that would stall the compiler',
      `${broken}/too-deep.mdx:11:1 mdx: imbrication trop profonde`,
    ],
  ])('%s', async (_label, expected) => {
    const problems = await checkFolder('broken');
    expect(
      problems.some((line) => line.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('speaks French in every message and hint (only the MDX parser’s own detail stays as it is)', async () => {
    const problems = [...(await checkFolder('broken')), ...(await checkFolder('two-broken'))];
    expect(problems.length).toBeGreaterThan(50);
    const english =
      /\b(is|are|must|should|expected|got|not allowed|unknown|invalid|needs|missing|required|cannot|found|link to|such as|the)\b/i;
    for (const line of problems) {
      // `file:line:col champ: message (conseil)`: the path and the field are the editor's own words.
      const text = line.replace(/^\S+:\d+:\d+ \S+: /, '').replace(/erreur de syntaxe : [^(]*/, '');
      expect(text, line).not.toMatch(english);
      expect(text, line).not.toMatch(/ got | reçu(?! )/);
    }
  });

  it('reports a problem once, not once per failing rule', async () => {
    const tweetUrl = (await checkFolder('broken')).filter((line) => line.includes('Tweet.url'));
    expect(tweetUrl).toHaveLength(1);
  });
});

describe('npm run content:check', () => {
  const run = (folder: string) => {
    try {
      const stdout = execFileSync('npx', ['tsx', 'scripts/content-check.ts'], {
        env: { ...process.env, CONTENT_DIR: `${FIXTURES}/${folder}` },
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { code: 0, output: stdout };
    } catch (error) {
      const failure = error as { status: number; stdout: string; stderr: string };
      return { code: failure.status, output: failure.stdout + failure.stderr };
    }
  };

  it('exits 1 and lists every problem with a summary', () => {
    const { code, output } = run('two-broken');
    expect(code).toBe(1);
    expect(output).toContain('bad-date.mdx:4:1 date:');
    expect(output).toContain('raw-script.mdx:11:1 html:');
    expect(output).toContain('raw-script.mdx:13:1 html:');
    expect(output).toMatch(/✗ 3 problèmes dans 2 fichiers ; 3 articles vérifiés/);
  }, 30_000);

  it('exits 0 on valid content', () => {
    const { code, output } = run('valid');
    expect(code).toBe(0);
    expect(output).toContain('aucun problème');
  }, 30_000);
});
