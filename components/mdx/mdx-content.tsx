import { compileMDX } from 'next-mdx-remote/rsc';
import type { MDXComponents } from 'mdx/types';
import { ContentErrorPanel } from '@/components/editor/content-error-panel';
import { mdxComponents } from '@/components/mdx';
import { ContentError, isEditorMode, type ArticleSource, type ContentProblem } from '@/lib/content';
import {
  checkArticleBody,
  findShapeProblems,
  remarkManchette,
  type RemarkManchetteOptions,
} from '@/lib/content/mdx';

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
  const context = {
    file: source.file,
    lineOffset: source.lineOffset,
    tagSlugs: source.tagSlugs,
    live: source.live,
    readAlso: source.readAlso,
  };
  // Shapes that would make the compiler crawl or overflow are refused before compiling.
  const problems: ContentProblem[] = findShapeProblems(source.body, context);
  if (problems.length === 0) {
    try {
      const { content } = await compileMDX({
        source: source.body,
        components,
        options: createCompileOptions({ ...context, problems }),
      });
      return content;
    } catch (error) {
      // next-mdx-remote rewraps errors into plain messages without positions: on this rare
      // path, parse again with our checker to name the file, line and column.
      if (problems.length === 0) problems.push(...checkArticleBody(source.body, context));
      if (problems.length === 0) problems.push(describeCompileFailure(error, context));
    }
  }
  // In `next dev` the editor reads the problems in the page; production fails loudly instead.
  if (isEditorMode()) return <ContentErrorPanel problems={problems} />;
  throw new ContentError(problems);
}

/**
 * Options of every compilation. `blockJS` is spelled out (it is also the library default) so that
 * a test fails if anyone turns it off: `{…}` expressions in content must never run.
 */
export function createCompileOptions(options: RemarkManchetteOptions) {
  return {
    blockJS: true,
    blockDangerousJS: true,
    mdxOptions: {
      remarkPlugins: [
        [remarkManchette, options] as [typeof remarkManchette, RemarkManchetteOptions],
      ],
    },
  };
}

/** A compiler failure our checker could not locate, still reported as a content problem. */
function describeCompileFailure(
  error: unknown,
  context: { file: string; lineOffset: number },
): ContentProblem {
  const lines = (error instanceof Error ? error.message : String(error)).split('\n');
  const reason =
    lines.find((line) => line.trim() !== '' && !line.startsWith('[next-mdx-remote]')) ??
    'unknown error';
  return {
    file: context.file,
    line: 1 + context.lineOffset,
    column: 1,
    field: 'mdx',
    message: `the body could not be compiled: ${reason.trim()}`,
    hint: 'look for unusual nesting or characters; content:check and the build report it too',
  };
}
