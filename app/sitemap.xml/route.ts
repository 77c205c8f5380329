import { listSitemapEntries, renderSitemap } from '@/lib/seo/sitemap';
import { createXmlResponse } from '@/lib/seo/xml';

// Like the pages: scheduled articles are listed without a rebuild.
export const revalidate = 60;

export function GET() {
  return createXmlResponse(renderSitemap(listSitemapEntries()));
}
