import { XMLBuilder } from 'fast-xml-parser';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  format: true,
  suppressEmptyNode: true,
});

/**
 * An XML document from a plain object (`@name` keys are attributes, arrays repeat elements).
 * The builder escapes text and attribute values, so titles and URLs need no care here.
 */
export function buildXml(root: Record<string, unknown>): string {
  return builder.build({ '?xml': { '@version': '1.0', '@encoding': 'UTF-8' }, ...root });
}

/** A response carrying an XML document, for sitemaps and the like. */
export function createXmlResponse(xml: string, contentType = 'application/xml'): Response {
  return new Response(xml, { headers: { 'Content-Type': `${contentType}; charset=utf-8` } });
}

/** The 404 answer of a generated file that does not exist (an unknown feed, sitemap part…). */
export function createNotFoundResponse(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
