import { compileMDX } from 'next-mdx-remote/rsc';
import type * as MdxRemote from 'next-mdx-remote/rsc';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { MdxContent } from '@/components/mdx/mdx-content';

// The real library, watched: MdxContent's own call tells which options articles compile with.
vi.mock('next-mdx-remote/rsc', async (importOriginal) => {
  const actual = await importOriginal<typeof MdxRemote>();
  return { ...actual, compileMDX: vi.fn(actual.compileMDX) };
});

// Expressions our policy plugin would refuse first: here they reach the library's own net.
const EXPRESSIONS = 'Deux : {1 + 1}.\n\n<em title={String(40 + 2)}>texte</em>';
const HOSTILE = `Processus : {typeof process}. ${EXPRESSIONS}`;

/** The options MdxContent compiles an ordinary article with. */
async function captureArticleOptions() {
  vi.mocked(compileMDX).mockClear();
  await MdxContent({
    source: {
      body: 'Un paragraphe **ordinaire**.',
      file: 'content/articles/x.mdx',
      lineOffset: 8,
      tagSlugs: new Set(),
    },
  });
  const options = vi.mocked(compileMDX).mock.calls[0]?.[0].options;
  if (!options) throw new Error('MdxContent did not call compileMDX');
  return options;
}

async function render(source: string, options: Parameters<typeof compileMDX>[0]['options']) {
  // Without our remark plugin, so that only the library's JavaScript blocking stands in the way.
  const { content } = await compileMDX({
    source,
    options: { ...options, mdxOptions: { ...options?.mdxOptions, remarkPlugins: [] } },
  });
  return renderToStaticMarkup(content);
}

describe('JavaScript in MDX never runs', () => {
  it('articles compile with options under which expressions are stripped', async () => {
    const options = await captureArticleOptions();
    for (const source of [EXPRESSIONS, HOSTILE]) {
      const html = await render(source, options);
      expect(html).not.toContain('2.');
      expect(html).not.toContain('object');
      expect(html).not.toContain('42');
      expect(html).toContain('texte');
    }
  });

  it('the probe is live: the same source does run its expressions when blockJS is off', async () => {
    const html = await render(EXPRESSIONS, { ...(await captureArticleOptions()), blockJS: false });
    expect(html).toContain('Deux : 2.');
    expect(html).toContain('title="42"');
  });
});
