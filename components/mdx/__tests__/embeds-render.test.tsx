import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { staticMdxComponents } from '@/components/mdx';
import { MdxContent } from '@/components/mdx/mdx-content';
import { renderArticleBodyHtml } from '@/components/mdx/static-html';
import { getArticleSource, getLiveUpdates } from '@/lib/content';
import { getContentIndex } from '@/lib/content/catalog';

const VALID = 'lib/content/__tests__/fixtures/valid';

afterEach(() => {
  vi.unstubAllEnvs();
});

async function render(slug: string, components?: typeof staticMdxComponents): Promise<string> {
  vi.stubEnv('CONTENT_DIR', VALID);
  const article = getContentIndex().articlesBySlug.get(slug);
  if (!article) throw new Error(`fixture ${slug} is not indexed`);
  return renderToStaticMarkup(
    await MdxContent({ source: getArticleSource(article), ...(components ? { components } : {}) }),
  );
}

describe('Bluesky and Mastodon cards', () => {
  it('share the post parts of the X card, with their own network, handle and profile', async () => {
    const html = await render('kitchen-sink');
    for (const id of ['tweet', 'bluesky', 'mastodon']) {
      expect(html).toMatch(
        new RegExp(`<figure aria-label="Publication de [^"]+" class="${id} post-card `),
      );
      expect(html).toContain(`class="${id}-header"`);
      expect(html).toContain(`<blockquote cite="`);
      expect(html).toContain(`class="${id}-original"`);
    }
    expect(html).toMatch(
      /<a href="https:\/\/bsky.app\/profile\/alice.bsky.social" rel="noopener noreferrer" aria-label="Profil de @alice.bsky.social sur Bluesky"[^>]*>@alice.bsky.social<\/a>/,
    );
    expect(html).toMatch(
      /<a href="https:\/\/mastodon.social\/@alice" rel="noopener noreferrer" aria-label="Profil de @alice@mastodon.social sur Mastodon"[^>]*>@alice@mastodon.social<\/a>/,
    );
    expect(html).toContain(
      '<time dateTime="2026-01-05T09:30:00+01:00">5\u00A0janvier\u00A02026</time>',
    );
    // Hashtags in the posts lead to our topics.
    expect(html).toMatch(
      /class="bluesky-body[^>]*>[\s\S]*?<a href="\/tags\/mobile" rel="tag" class="hashtag">#Mobile<\/a>/,
    );
    expect(html).toMatch(
      /class="mastodon-body[^>]*>[\s\S]*?<a href="\/tags\/huawei" rel="tag" class="hashtag">#Huawei<\/a>/,
    );
  });

  it('load nothing from another host: no script, image, iframe or stylesheet', async () => {
    const html = await render('kitchen-sink');
    expect(html).not.toMatch(/<(script|iframe|link)\b/);
    expect(html).not.toMatch(/<img[^>]+src="https?:/);
  });
});

describe('the YouTube facade', () => {
  it('shows our poster or a placeholder, a play button and a link, and no player before a click', async () => {
    const html = await render('kitchen-sink');
    expect(html).not.toMatch(/(src|srcSet|href)="[^"]*youtube-nocookie/);
    expect(html).not.toMatch(/ytimg|<iframe/);
    expect(html).toMatch(/<img[^>]+src="\/_next\/image\?url=%2Fimages%2Ffibre-optique.jpg/);
    expect(html).toContain('class="youtube-placeholder');
    expect(html).toContain(
      '<span class="sr-only">Lire la vidéo\u202F: La conférence d&#x27;ouverture</span>',
    );
    expect(html).toMatch(
      /<a href="https:\/\/www.youtube.com\/watch\?v=dQw4w9WgXcQ" rel="noopener noreferrer"[^>]*>Voir la vidéo sur YouTube<\/a>/,
    );
  });

  it('renders no button in static HTML (feeds), only the poster and the link', async () => {
    const html = await render('kitchen-sink', staticMdxComponents);
    expect(html).not.toContain('<button');
    expect(html).toContain('https://www.youtube.com/watch?v=aBcDeFgHiJ0');
  });
});

describe('LireAussi', () => {
  it('renders a card for the published article it names', async () => {
    const html = await render('kitchen-sink');
    expect(html).toMatch(/<aside aria-label="Lire aussi" class="read-also[^"]*">/);
    expect(html).toMatch(/<a [^>]*href="\/articles\/autre-article"/);
    expect(html).toContain('Un autre article à lire aussi');
    expect(html).toContain('La cible d’un encadré «\u202FLire aussi\u202F».');
  });
});

describe('live blog entries', () => {
  it('are rendered newest first, each with its anchor and a time linking to it', async () => {
    const html = await render('direct-en-cours');
    const anchors = [...html.matchAll(/<article id="(entree-[^"]+)"/g)].map((match) => match[1]);
    expect(anchors).toEqual([
      'entree-2026-01-05-10h42',
      'entree-2026-01-05-10h15-30s',
      'entree-2026-01-05-09h00',
    ]);
    expect(html).toContain(
      '<a href="#entree-2026-01-05-10h42" class="live-entry-time text-accent underline-offset-2 hover:underline"><time dateTime="2026-01-05T10:42:00+01:00">10\u00A0h\u00A042</time></a>',
    );
    expect(html).toContain(
      '<h2 id="entree-2026-01-05-10h42-titre" class="live-entry-title mt-1! mb-3!">Une annonce attendue</h2>',
    );
  });

  it('render alone, for open tabs, exactly as in the page', async () => {
    const page = await render('direct-en-cours', staticMdxComponents);
    vi.stubEnv('CONTENT_DIR', VALID);
    const article = getContentIndex().articlesBySlug.get('direct-en-cours');
    if (!article?.live) throw new Error('fixture missing');
    const answer = await getLiveUpdates(
      { ...article, live: article.live },
      0,
      renderArticleBodyHtml,
    );
    const alone = answer.entries[0]?.html ?? '';
    expect(alone.startsWith('<article id="entree-2026-01-05-10h42"')).toBe(true);
    expect(page).toContain(alone);
  });
});
