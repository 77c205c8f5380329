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
      `${broken}/bad-embeds.mdx:10:1 Bluesky.handle: expected a Bluesky handle such as "alice.bsky.social", got "pas un pseudo"`,
    ],
    [
      'Bluesky url on another host',
      `${broken}/bad-embeds.mdx:14:1 Bluesky.url: expected a link on https://bsky.app to the post`,
    ],
    [
      'Mastodon date',
      `${broken}/bad-embeds.mdx:18:1 Mastodon.date: expected a date like 2018-01-09, got "5 janvier"`,
    ],
    [
      'Mastodon url off its server',
      `${broken}/bad-embeds.mdx:18:1 Mastodon.url: expected a link on mastodon.social, the server of the handle`,
    ],
    ['YouTube id', `${broken}/bad-embeds.mdx:22:1 YouTube.id: expected a YouTube video id`],
    [
      'YouTube poster missing from public/',
      `${broken}/bad-embeds.mdx:24:1 YouTube.poster: image not found (or unreadable) in public/, got "/images/absente.jpg"`,
    ],
    [
      'LireAussi unknown slug',
      `${broken}/bad-embeds.mdx:26:1 LireAussi.slug: no article has the slug "article-inexistant"`,
    ],
    [
      'LireAussi draft target',
      `${broken}/bad-embeds.mdx:28:1 LireAussi.slug: "draft-target" is a draft`,
    ],
    [
      'Entry outside a live blog',
      `${broken}/bad-embeds.mdx:30:1 Entry: <Entry> is only allowed in a live blog`,
    ],
    [
      'text outside the entries',
      `${broken}/bad-live.mdx:12:1 mdx: a live blog holds <Entry> updates only`,
    ],
    ['entry after the end', `${broken}/bad-live.mdx:14:1 Entry.time: must be within the coverage`],
    [
      'two entries at the same time',
      `${broken}/bad-live.mdx:22:1 Entry.time: another entry (line 18) has the same time`,
    ],
    [
      'entry time not ISO',
      `${broken}/bad-live.mdx:26:1 Entry.time: expected an ISO 8601 date and time with offset`,
    ],
    ['entry without title', `${broken}/bad-live.mdx:26:1 Entry.title: must not be empty`],
    [
      'coverage ending before it starts',
      `${broken}/bad-live-dates.mdx:9:3 live.end: the coverage cannot end before it starts`,
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
