import { renderCurrentNewsSitemap } from '@/lib/seo/news-sitemap';
import { createXmlResponse } from '@/lib/seo/xml';

// The 48-hour window moves: refreshed like the pages.
export const revalidate = 60;

export function GET() {
  return createXmlResponse(renderCurrentNewsSitemap());
}
