import { listSitemapEntries, parseSitemapPart, renderSitemapPart } from '@/lib/seo/sitemap';
import { createNotFoundResponse, createXmlResponse } from '@/lib/seo/xml';
import { declareCacheTags } from '@/lib/cache/declare';
import { ARTICLES_TAG } from '@/lib/cache/tags';

// Next caches a GET route handler only when asked (it does by itself for `sitemap.xml`, a
// metadata file name); the lifetime and tags come from declareCacheTags, like every page.
export const dynamic = 'force-static';

type Context = { params: Promise<{ part: string }> };

export async function GET(_request: Request, { params }: Context) {
  await declareCacheTags([ARTICLES_TAG]);
  const part = parseSitemapPart((await params).part);
  const xml = part ? renderSitemapPart(listSitemapEntries(), part) : undefined;
  return xml ? createXmlResponse(xml) : createNotFoundResponse();
}
