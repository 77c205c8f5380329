import { listSitemapEntries, renderSitemap } from '@/lib/seo/sitemap';
import { createXmlResponse } from '@/lib/seo/xml';
import { declareCacheTags } from '@/lib/cache/declare';
import { ARTICLES_TAG } from '@/lib/cache/tags';

export async function GET() {
  await declareCacheTags([ARTICLES_TAG]);
  return createXmlResponse(renderSitemap(listSitemapEntries()));
}
