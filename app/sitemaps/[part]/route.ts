import { listSitemapEntries, parseSitemapPart, renderSitemapPart } from '@/lib/seo/sitemap';
import { createNotFoundResponse, createXmlResponse } from '@/lib/seo/xml';

// Child sitemaps only exist past 50,000 URLs; they refresh like the index.
export const revalidate = 60;

type Context = { params: Promise<{ part: string }> };

export async function GET(_request: Request, { params }: Context) {
  const part = parseSitemapPart((await params).part);
  const xml = part ? renderSitemapPart(listSitemapEntries(), part) : undefined;
  return xml ? createXmlResponse(xml) : createNotFoundResponse();
}
