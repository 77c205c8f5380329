import { describe, expect, it } from 'vitest';
import {
  blueskyPropsSchema,
  entryPropsSchema,
  mastodonPropsSchema,
  readAlsoPropsSchema,
  tweetPropsSchema,
  youTubePropsSchema,
} from '@/lib/content/mdx/components';

/** The messages of a failed parse, as `field: message`. */
function problemsOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map(
    (issue) => `${issue.path.map(String).join('.')}: ${issue.message}`,
  );
}

describe('Bluesky props', () => {
  const valid = {
    author: 'Alice Martin',
    handle: '@Alice.bsky.social',
    date: '2026-01-05',
    url: 'https://bsky.app/profile/alice.bsky.social/post/3kabc2xyz',
  };

  it('accepts a post on bsky.app and normalises the handle', () => {
    const parsed = blueskyPropsSchema.parse(valid);
    expect(parsed.handle).toBe('alice.bsky.social');
  });

  it('accepts a custom-domain handle and a post addressed by DID', () => {
    expect(
      blueskyPropsSchema.safeParse({
        ...valid,
        handle: 'lemonde.fr',
        url: 'https://bsky.app/profile/did:plc:abc123/post/3kabc',
      }).success,
    ).toBe(true);
  });

  it.each([
    [{ handle: 'pas un pseudo' }, 'handle: identifiant Bluesky attendu'],
    [
      { url: 'https://example.org/profile/alice.bsky.social/post/3k' },
      'url: lien https://bsky.app vers la publication attendu',
    ],
    [
      { url: 'https://bsky.app/profile/bob.bsky.social/post/3k' },
      'url: la publication appartient à "bob.bsky.social"',
    ],
    [
      { url: 'https://bsky.app/profile/alice.bsky.social' },
      'url: lien de la forme https://bsky.app/profile/<identifiant>/post/<id> attendu',
    ],
    [{ url: 'javascript:alert(1)' }, 'url: lien https://bsky.app vers la publication attendu'],
    [{ date: 'hier' }, 'date: date attendue, comme 2018-01-09'],
    [{ author: '  ' }, 'author: ne doit pas être vide'],
    [{ extra: 'x' }, ': Clé non reconnue'],
  ])('refuses %j', (change, expected) => {
    const problems = problemsOf(blueskyPropsSchema.safeParse({ ...valid, ...change }));
    expect(
      problems.some((problem) => problem.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });
});

describe('Mastodon props', () => {
  const valid = {
    author: 'Alice Martin',
    handle: '@alice@Mastodon.social',
    date: '2026-01-05T09:30:00+01:00',
    url: 'https://mastodon.social/@alice/111222333444555666',
  };

  it('accepts a post on the server of the handle, and splits the handle', () => {
    expect(mastodonPropsSchema.parse(valid).handle).toEqual({
      user: 'alice',
      server: 'mastodon.social',
    });
  });

  it.each([
    [{ handle: 'alice' }, 'handle: adresse Mastodon attendue'],
    [{ handle: '@alice@' }, 'handle: adresse Mastodon attendue'],
    [
      { url: 'https://piaille.fr/@alice/1' },
      'url: lien sur mastodon.social, le serveur de l’identifiant, attendu',
    ],
    [
      { url: 'http://mastodon.social/@alice/1' },
      'url: lien https vers la publication d’origine attendu',
    ],
    [{ url: 'data:text/html,x' }, 'url: lien https vers la publication d’origine attendu'],
    [{ lang: 'anglais' }, 'lang: code de langue attendu'],
  ])('refuses %j', (change, expected) => {
    const problems = problemsOf(mastodonPropsSchema.safeParse({ ...valid, ...change }));
    expect(
      problems.some((problem) => problem.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });
});

describe('Tweet props', () => {
  const valid = {
    author: 'Huawei Mobile',
    handle: 'HuaweiMobile',
    date: '2018-01-09',
    url: 'https://x.com/HuaweiMobile/status/1',
  };

  it('accepts links on x.com, twitter.com and their subdomains', () => {
    for (const url of [
      valid.url,
      'https://twitter.com/a/status/1',
      'http://pic.twitter.com/msr5KkCuY9',
    ]) {
      expect(tweetPropsSchema.safeParse({ ...valid, url }).success, url).toBe(true);
    }
  });

  it('refuses a link to another host, and says why once', () => {
    expect(
      problemsOf(
        tweetPropsSchema.safeParse({ ...valid, url: 'https://x.com.example.org/status/1' }),
      ),
    ).toEqual(['url: lien sur x.com ou twitter.com attendu']);
    expect(
      problemsOf(tweetPropsSchema.safeParse({ ...valid, url: 'javascript:alert(1)' })),
    ).toEqual(['url: lien http(s) vers la publication d’origine attendu']);
  });
});

describe('YouTube props', () => {
  it('accepts an 11-character id, a title and a local poster', () => {
    expect(
      youTubePropsSchema.safeParse({ id: 'dQw4w9WgXcQ', title: 'Titre', poster: '/images/a.jpg' })
        .success,
    ).toBe(true);
    expect(youTubePropsSchema.safeParse({ id: 'a-B_c1234Z9', title: 'Titre' }).success).toBe(true);
  });

  it.each([
    [
      { id: 'https://youtu.be/dQw4w9WgXcQ', title: 'T' },
      'id: identifiant de vidéo YouTube attendu',
    ],
    [{ id: 'dQw4w9WgXc', title: 'T' }, 'id: identifiant de vidéo YouTube attendu'],
    [{ id: 'dQw4w9WgXcQ&x', title: 'T' }, 'id: identifiant de vidéo YouTube attendu'],
    [{ id: 'dQw4w9WgXcQ', title: '' }, 'title: ne doit pas être vide'],
    [
      { id: 'dQw4w9WgXcQ', title: 'T', poster: 'https://i.ytimg.com/vi/x/hq.jpg' },
      'poster: chemin sous public/ attendu',
    ],
    [
      { id: 'dQw4w9WgXcQ', title: 'T', poster: '/images/../../etc/passwd.jpg' },
      'poster: chemin sous public/ attendu',
    ],
    [{ id: 'dQw4w9WgXcQ' }, 'title: '],
  ])('refuses %j', (props, expected) => {
    const problems = problemsOf(youTubePropsSchema.safeParse(props));
    expect(
      problems.some((problem) => problem.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });
});

describe('LireAussi and Entry props', () => {
  it('LireAussi takes a slug only', () => {
    expect(readAlsoPropsSchema.safeParse({ slug: 'log4shell-faille-log4j' }).success).toBe(true);
    expect(problemsOf(readAlsoPropsSchema.safeParse({ slug: '/articles/x' }))[0]).toMatch(
      /^slug: slug d’article attendu/,
    );
    expect(readAlsoPropsSchema.safeParse({ slug: 'x', title: 'y' }).success).toBe(false);
  });

  it('Entry needs a real instant with its offset and a title', () => {
    expect(
      entryPropsSchema.safeParse({ time: '2026-12-02T10:42:00+01:00', title: 'T' }).success,
    ).toBe(true);
    for (const time of ['10 h 42', '2026-12-02T10:42', '2026-02-30T10:42:00+01:00', '2026-12-02']) {
      expect(problemsOf(entryPropsSchema.safeParse({ time, title: 'T' }))[0], time).toMatch(
        /^time: date et heure ISO 8601 avec décalage attendues/,
      );
    }
  });
});
