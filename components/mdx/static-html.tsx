import { staticMdxComponents } from '@/components/mdx';
import { MdxContent } from '@/components/mdx/mdx-content';
import { readArticleSource, type ArticleMeta, type LiveEntry } from '@/lib/content';

/**
 * An article body as a static HTML string, for feeds: the page's MDX pipeline and components,
 * with plain links (still site-relative: callers make them absolute).
 */
export async function renderArticleBodyHtml(article: ArticleMeta): Promise<string> {
  // Imported on use: Next rejects a static import of react-dom/server in server code, meant to
  // stream pages instead; a feed needs the HTML itself, as a string.
  const { renderToStaticMarkup } = await import('react-dom/server');
  const element = await MdxContent({
    source: readArticleSource(article),
    components: staticMdxComponents,
  });
  return renderToStaticMarkup(element);
}

/** One live blog entry as static HTML, for open tabs that ask for new entries. */
export async function renderLiveEntryHtml(article: ArticleMeta, entry: LiveEntry): Promise<string> {
  const { renderToStaticMarkup } = await import('react-dom/server');
  const element = await MdxContent({
    source: {
      ...readArticleSource(article),
      body: entry.source,
      lineOffset: entry.lineOffset,
    },
    components: staticMdxComponents,
  });
  return renderToStaticMarkup(element);
}
