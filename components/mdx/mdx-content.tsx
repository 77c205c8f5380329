import { compileMDX } from 'next-mdx-remote/rsc';
import type { MDXComponents } from 'mdx/types';
import { ContentErrorPanel } from '@/components/editor/content-error-panel';
import { mdxComponents } from '@/components/mdx';
import { isEditorMode } from '@/lib/content/mode';
import { checkArticleBody } from '@/lib/content/mdx/check-body';
import { remarkManchette } from '@/lib/content/mdx/remark-manchette';
import { ContentError, type ContentProblem } from '@/lib/content/problems';
import type { ArticleSource } from '@/lib/content/types';

/**
 * Compiles and renders an MDX body on the server. This is the only module that imports
 * next-mdx-remote: swapping the MDX library means rewriting this file alone. `blockJS` is left
 * at its default (on): `{…}` expressions never run. `components` defaults to the page's map;
 * static renderings (feeds) pass `staticMdxComponents`.
 */
export async function MdxContent({
  source,
  components = mdxComponents,
}: {
  source: ArticleSource;
  components?: MDXComponents;
}) {
  const problems: ContentProblem[] = [];
  const context = { file: source.file, lineOffset: source.lineOffset, tagSlugs: source.tagSlugs };
  try {
    const { content } = await compileMDX({
      source: source.body,
      components,
      options: { mdxOptions: { remarkPlugins: [[remarkManchette, { ...context, problems }]] } },
    });
    return content;
  } catch (error) {
    // next-mdx-remote rewraps errors into plain messages without positions: on this rare path,
    // parse again with our checker to name the file, line and column.
    const located = problems.length > 0 ? problems : checkArticleBody(source.body, context);
    if (located.length === 0) throw error;
    // In `next dev` the editor reads the problems in the page; production fails loudly instead.
    if (isEditorMode()) return <ContentErrorPanel problems={located} />;
    throw new ContentError(located);
  }
}
