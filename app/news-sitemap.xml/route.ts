import { renderCurrentNewsSitemap } from '@/lib/seo/news-sitemap';
import { createXmlResponse } from '@/lib/seo/xml';
import { declareCacheTags } from '@/lib/cache/declare';
import { ARTICLES_TAG } from '@/lib/cache/tags';

// Next caches a GET route handler only when asked (it does by itself for `sitemap.xml`, a
// metadata file name); the lifetime and tags come from declareCacheTags, like every page.
export const dynamic = 'force-static';

// The 48-hour window moves: the content lifetime refreshes it.
export async function GET() {
  await declareCacheTags([ARTICLES_TAG]);
  return createXmlResponse(renderCurrentNewsSitemap());
}
