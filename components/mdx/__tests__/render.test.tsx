import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MdxContent } from '@/components/mdx/mdx-content';
import { Tweet } from '@/components/mdx/tweet';
import { getContentIndex } from '@/lib/content/catalog';
import { ContentError, readArticleSource } from '@/lib/content';

afterEach(() => {
  vi.unstubAllEnvs();
});

/** Renders an indexed article of a fixture folder to static HTML, as the article page does. */
async function renderArticle(folder: string, slug: string): Promise<string> {
  vi.stubEnv('CONTENT_DIR', folder);
  const article = getContentIndex().articlesBySlug.get(slug);
  if (!article) throw new Error(`fixture ${slug} is not indexed`);
  return renderToStaticMarkup(await MdxContent({ source: readArticleSource(article) }));
}

describe('Tweet', () => {
  const html = renderToStaticMarkup(
    <Tweet
      author="Huawei Mobile"
      handle="HuaweiMobile"
      date="2018-01-09"
      url="https://x.com/HuaweiMobile/status/1"
    >
      <p>Bonjour</p>
    </Tweet>,
  );

  it('renders author, @handle linking to the profile, French date and the original link', () => {
    expect(html).toContain('<span class="tweet-author">Huawei Mobile</span>');
    expect(html).toMatch(
      /<a href="https:\/\/x.com\/HuaweiMobile" rel="noopener noreferrer"[^>]*>@HuaweiMobile<\/a>/,
    );
    expect(html).toContain('<time dateTime="2018-01-09">9\u00A0janvier\u00A02018</time>');
    expect(html).toMatch(
      /<a href="https:\/\/x.com\/HuaweiMobile\/status\/1" rel="noopener noreferrer"[^>]*>Voir la publication d’origine<\/a>/,
    );
    expect(html).toContain('<blockquote cite="https://x.com/HuaweiMobile/status/1"');
  });

  it('loads nothing from X: no script, image, iframe or stylesheet', () => {
    expect(html).not.toMatch(/<(script|img|iframe|link)\b/);
  });

  it('keeps the text when props are invalid instead of rendering a broken card', () => {
    const fallback = renderToStaticMarkup(
      <Tweet author="A" handle="pas valide !" date="hier" url="javascript:alert(1)">
        <p>Texte conservé</p>
      </Tweet>,
    );
    expect(fallback).toBe('<blockquote><p>Texte conservé</p></blockquote>');
  });
});

describe('MdxContent with the kitchen-sink fixture', () => {
  it('renders every component', async () => {
    const html = await renderArticle('lib/content/__tests__/fixtures/valid', 'kitchen-sink');
    expect(html).toContain('<strong class="font-semibold text-ink">gras</strong>');
    expect(html).toContain('<em class="italic">italique</em>');
    expect(html).toContain('«\u202Ffrançais\u202F» et l’apostrophe');
    // Headings get accent-folded, unique ids and an anchor link.
    expect(html).toMatch(
      /<h2 id="une-section-accentuee-securite"[^>]*>Une section accentuée\u202F: Sécurité<a href="#une-section-accentuee-securite"/,
    );
    expect(html).toContain('<h2 id="une-section-accentuee-securite-1"');
    expect(html).toMatch(/<h3 id="sous-section"/);
    // Hashtags written as components and as plain #words inside the tweet.
    expect(html).toMatch(/<a href="\/tags\/securite" rel="tag" class="hashtag">#Sécurité<\/a>/);
    for (const slug of ['ces2018', 'huawei', 'mobile']) {
      expect(html).toMatch(new RegExp(`<a href="/tags/${slug}" rel="tag" class="hashtag">#`));
    }
    expect(html).toContain('lang="en"');
    expect(html).toContain(
      '<a href="http://pic.twitter.com/abc" rel="noopener noreferrer">pic.twitter.com/abc</a>',
    );
    // Links: internal as plain links, external with noopener.
    expect(html).toContain('<a href="/tags/huawei">lien interne</a>');
    expect(html).toContain(
      '<a href="https://www.example.org/page" rel="noopener noreferrer">lien externe</a>',
    );
    // Credit as a caption, not inside a paragraph.
    expect(html).toContain(
      '<figure class="credit not-prose my-6"><figcaption class="text-sm text-muted"><span class="credit-text">(Crédit photo\u202F: Huawei)</span></figcaption></figure>',
    );
    expect(html).not.toMatch(/<p>\s*<figure/);
  });

  it('throws a located ContentError for a policy violation at render time', async () => {
    const attempt = renderArticle('lib/content/__tests__/fixtures/two-broken', 'correct');
    await expect(attempt).resolves.toContain('Rien à signaler.');
    vi.stubEnv('CONTENT_DIR', 'lib/content/__tests__/fixtures/broken');
    const index = getContentIndex();
    const script = index.articlesBySlug.get('raw-script');
    expect(script).toBeDefined();
    if (!script) return;
    const rendering = MdxContent({ source: readArticleSource(script) });
    await expect(rendering).rejects.toBeInstanceOf(ContentError);
    await expect(rendering).rejects.toThrow(
      /raw-script\.mdx:11:1 html: l’élément HTML brut <script>/,
    );
  });

  it('locates an MDX syntax error on the file line', async () => {
    vi.stubEnv('CONTENT_DIR', 'lib/content/__tests__/fixtures/broken');
    const article = getContentIndex().articlesBySlug.get('syntax-error');
    if (!article) throw new Error('fixture missing');
    await expect(MdxContent({ source: readArticleSource(article) })).rejects.toThrow(
      /syntax-error\.mdx:13:1 mdx: erreur de syntaxe : /,
    );
  });
});
