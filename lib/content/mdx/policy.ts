import type { Root } from 'mdast';
import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from '@/lib/content/problems';
import {
  BLOCK_COMPONENTS,
  MDX_COMPONENT_PROPS,
  TEXT_COMPONENTS,
  isMdxComponentName,
} from '@/lib/content/mdx/components';
import { checkLiveBody } from '@/lib/content/mdx/live-policy';
import { MAX_DEPTH, measureDepth } from '@/lib/content/mdx/limits';
import { getUrlProblem } from '@/lib/content/mdx/url-policy';
import { slugifyTag } from '@/lib/format/slug';
import { editorFr } from '@/lib/i18n/editor-fr';

const say = editorFr.body;

/** What the policy needs to know about the article whose body it checks. */
export interface BodyContext {
  file: string;
  /** File lines before the body: body line + offset = file line. */
  lineOffset: number;
  /** Slugs of the article's tags: every hashtag must be one of them. */
  tagSlugs: ReadonlySet<string>;
  /** When given, says why a site link (`/articles/x`, `/tags/y`…) leads nowhere. */
  checkSiteLink?: ((url: string) => string | undefined) | undefined;
  /** When given, says why `<LireAussi slug>` cannot show that article. */
  checkReadAlso?: ((slug: string) => string | undefined) | undefined;
  /** When given, says whether an image (`/images/x.jpg`) exists under `public/`. */
  imageExists?: ((src: string) => boolean) | undefined;
  /** Set for a live blog: `<Entry>` updates are its body, timed within the coverage. */
  live?: { start: string; end?: string | undefined } | undefined;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const COMPONENT_LIST = Object.keys(MDX_COMPONENT_PROPS).join(', ');

/**
 * Everything in an MDX body that must not be published: raw HTML, unknown components, JS
 * expressions, imports, dangerous link schemes, invalid component props, body h1s and hashtags
 * that lead to no topic page.
 */
export function collectBodyProblems(tree: Root, context: BodyContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (node: Node, field: string, message: string, hint?: string) => {
    const start = node.position?.start;
    problems.push({
      file: context.file,
      line: (start?.line ?? 1) + context.lineOffset,
      column: start?.column ?? 1,
      field,
      message,
      ...(hint ? { hint } : {}),
    });
  };

  const depth = measureDepth(tree);
  if (depth > MAX_DEPTH) {
    report(tree, 'mdx', say.nestedTooDeep(depth), say.nestingHint(MAX_DEPTH));
    return problems;
  }
  checkLiveBody(tree, context, report);
  visit(tree, (node, _index, parent) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, 'mdx', say.importExport);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, 'mdx', say.expression, say.braceHint);
        break;
      case 'heading':
        if (node.depth === 1) report(node, 'mdx', say.headingOne, say.headingOneHint);
        if (node.depth > 3) report(node, 'mdx', say.headingLevel(node.depth), say.headingHint);
        break;
      case 'link':
      case 'definition':
        checkUrl(node, node.url, report, context);
        break;
      // Reference-style images (`![x][r]` + `[r]: …`) are images too: refused like inline ones,
      // whatever their definition points at (a tracker, a costly `/_next/image?…&w=3840`).
      case 'image':
      case 'imageReference':
        report(node, 'mdx', say.image, say.imageHint);
        break;
      case 'html':
        report(node, 'mdx', say.rawHtml);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, parent?.type === 'paragraph', context, report);
        break;
    }
  });
  return problems;
}

/** Records a problem at a node of the tree. */
export type Report = (node: Node, field: string, message: string, hint?: string) => void;

function checkUrl(node: Node, url: string, report: Report, context: BodyContext): void {
  const problem =
    getUrlProblem(url) ?? (url.startsWith('/') ? context.checkSiteLink?.(url) : undefined);
  if (problem) report(node, 'link', `${problem}, ${editorFr.got(url)}`);
}

function checkElement(
  node: JsxElement,
  inParagraph: boolean,
  context: BodyContext,
  report: Report,
): void {
  const name = node.name;
  if (name === null) {
    report(node, 'mdx', say.fragment);
    return;
  }
  if (!isMdxComponentName(name)) {
    const raw = /^[a-z]/.test(name);
    report(
      node,
      raw ? 'html' : 'mdx',
      raw ? say.rawElement(name) : say.unknownComponent(name),
      say.componentHint(COMPONENT_LIST),
    );
    return;
  }
  if (BLOCK_COMPONENTS.has(name) && inParagraph) {
    report(node, name, say.ownLine(name), say.ownLineHint);
  }
  const props: Record<string, string> = {};
  for (const attribute of node.attributes) {
    const value = readAttribute(attribute);
    if (value === undefined) {
      report(node, name, say.quotedProps, say.quotedPropsHint);
      continue;
    }
    if (attribute.type === 'mdxJsxAttribute') props[attribute.name] = value;
  }
  const parsed = MDX_COMPONENT_PROPS[name].safeParse(props);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.length > 0 ? `${name}.${issue.path.map(String).join('.')}` : name;
      const received = issue.path[0] !== undefined ? props[String(issue.path[0])] : undefined;
      const message =
        issue.code === 'unrecognized_keys'
          ? say.unknownProps(issue.keys)
          : issue.code === 'invalid_type' && received === undefined
            ? editorFr.fields.required
            : issue.message;
      report(
        node,
        field,
        received === undefined ? message : `${message}, ${editorFr.got(received)}`,
      );
    }
  }
  if (name === 'Hashtag') checkHashtag(node, context, report);
  if (TEXT_COMPONENTS.has(name) && toString(node).trim() === '') {
    report(node, name, say.needsText(name));
  }
  if (!parsed.success) return;
  if (name === 'LireAussi' && props.slug !== undefined) {
    const problem = context.checkReadAlso?.(props.slug);
    if (problem) report(node, 'LireAussi.slug', problem);
  }
  if (
    name === 'YouTube' &&
    props.poster !== undefined &&
    context.imageExists?.(props.poster) === false
  ) {
    report(
      node,
      'YouTube.poster',
      `${editorFr.schema.imageNotFound}, ${editorFr.got(props.poster)}`,
    );
  }
}

function readAttribute(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') return undefined;
  if (attribute.value === null || attribute.value === undefined) return '';
  return typeof attribute.value === 'string' ? attribute.value : undefined;
}

function checkHashtag(node: JsxElement, context: BodyContext, report: Report): void {
  const onlyText = node.children.every(
    (child) => child.type === 'text' || child.type === 'paragraph',
  );
  const label = toString(node).trim().replace(/^#/, '');
  const slug = slugifyTag(label);
  if (!onlyText || slug === '') {
    report(node, 'Hashtag', say.hashtagPlain);
    return;
  }
  if (!context.tagSlugs.has(slug)) {
    report(node, 'Hashtag', say.hashtagNotTag(label), say.hashtagHint(label));
  }
}
