import { staticMdxComponents } from '@/components/mdx';
import { MdxContent } from '@/components/mdx/mdx-content';
import type { ArticleSource } from '@/lib/content';

/**
 * An article body as a static HTML string, for feeds: the page's MDX pipeline and components,
 * with plain links (still site-relative: callers make them absolute).
 */
export async function renderArticleBodyHtml(source: ArticleSource): Promise<string> {
  // Imported on use: Next rejects a static import of react-dom/server in server code, meant to
  // stream pages instead; a feed needs the HTML itself, as a string.
  const { renderToStaticMarkup } = await import('react-dom/server');
  const element = await MdxContent({
    source,
    components: staticMdxComponents,
  });
  return renderToStaticMarkup(element);
}
