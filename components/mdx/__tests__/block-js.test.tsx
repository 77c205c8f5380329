import { compileMDX } from 'next-mdx-remote/rsc';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createCompileOptions } from '@/components/mdx/mdx-content';

const context = {
  file: 'content/articles/x.mdx',
  lineOffset: 8,
  tagSlugs: new Set<string>(),
  problems: [],
};

describe('JavaScript in MDX never runs', () => {
  it('keeps blockJS and blockDangerousJS on', () => {
    const options = createCompileOptions(context);
    expect(options.blockJS).toBe(true);
    expect(options.blockDangerousJS).toBe(true);
  });

  it('strips expressions even without our own policy plugin in front of it', async () => {
    // Our remark plugin rejects expressions first; this checks the library's own net beneath it.
    const options = { ...createCompileOptions(context), mdxOptions: { remarkPlugins: [] } };
    const { content } = await compileMDX({
      source:
        'Deux : {1 + 1}. Processus : {typeof process}.\n\n<em title={String(40 + 2)}>texte</em>',
      options,
    });
    const html = renderToStaticMarkup(content);
    expect(html).not.toContain('2.');
    expect(html).not.toContain('object');
    expect(html).not.toContain('42');
    expect(html).toContain('texte');
  });
});
