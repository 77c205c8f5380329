import { afterEach, describe, expect, it, vi } from 'vitest';
import { runContentCheck } from '@/lib/content/check';
import { formatProblem } from '@/lib/content/problems';

const FIXTURES = 'lib/content/__tests__/fixtures';
const broken = `${FIXTURES}/broken/articles`;

async function checkFolder(folder: string): Promise<string[]> {
  vi.stubEnv('CONTENT_DIR', `${FIXTURES}/${folder}`);
  return (await runContentCheck({ useCache: false, threads: 1 })).problems.map(formatProblem);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('content:check on embeds, « Lire aussi » and live blogs', () => {
  it('accepts every new component used well, and a live blog still running', async () => {
    expect(await checkFolder('valid')).toEqual([]);
  });

  it.each([
    [
      'Bluesky handle',
      `${broken}/bad-embeds.mdx:10:1 Bluesky.handle: identifiant Bluesky attendu, comme "alice.bsky.social", reçu "pas un pseudo"`,
    ],
    [
      'Bluesky url on another host',
      `${broken}/bad-embeds.mdx:14:1 Bluesky.url: lien https://bsky.app vers la publication attendu`,
    ],
    [
      'Mastodon date',
      `${broken}/bad-embeds.mdx:18:1 Mastodon.date: date attendue, comme 2018-01-09, reçu "5 janvier"`,
    ],
    [
      'Mastodon url off its server',
      `${broken}/bad-embeds.mdx:18:1 Mastodon.url: lien sur mastodon.social, le serveur de l’identifiant, attendu`,
    ],
    [
      'YouTube id',
      `${broken}/bad-embeds.mdx:22:1 YouTube.id: identifiant de vidéo YouTube attendu`,
    ],
    [
      'YouTube poster missing from public/',
      `${broken}/bad-embeds.mdx:24:1 YouTube.poster: image introuvable (ou illisible) dans public/, reçu "/images/absente.jpg"`,
    ],
    [
      'LireAussi unknown slug',
      `${broken}/bad-embeds.mdx:26:1 LireAussi.slug: aucun article n’a le slug "article-inexistant"`,
    ],
    [
      'LireAussi draft target',
      `${broken}/bad-embeds.mdx:28:1 LireAussi.slug: "draft-target" est un brouillon`,
    ],
    [
      'Entry outside a live blog',
      `${broken}/bad-embeds.mdx:30:1 Entry: <Entry> n’est permis que dans un direct`,
    ],
    [
      'text outside the entries',
      `${broken}/bad-live.mdx:12:1 mdx: un direct ne contient que des entrées <Entry>`,
    ],
    [
      'entry after the end',
      `${broken}/bad-live.mdx:14:1 Entry.time: doit être dans la période couverte`,
    ],
    [
      'two entries at the same time',
      `${broken}/bad-live.mdx:22:1 Entry.time: une autre entrée (ligne 18) a la même heure`,
    ],
    [
      'entry time not ISO',
      `${broken}/bad-live.mdx:26:1 Entry.time: date et heure ISO 8601 avec décalage attendues`,
    ],
    ['entry without title', `${broken}/bad-live.mdx:26:1 Entry.title: ne doit pas être vide`],
    [
      'coverage ending before it starts',
      `${broken}/bad-live-dates.mdx:9:3 live.end: la couverture ne peut pas finir avant d’avoir commencé`,
    ],
  ])('%s', async (_label, expected) => {
    const problems = await checkFolder('broken');
    expect(
      problems.some((line) => line.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('reports an invalid Bluesky handle once, not again through the URL', async () => {
    const line10 = (await checkFolder('broken')).filter((line) =>
      line.includes('bad-embeds.mdx:10:'),
    );
    expect(line10).toHaveLength(1);
  });
});
