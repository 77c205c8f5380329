import { fr } from '@/lib/i18n/fr';
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

/**
 * The 404 answer of a generated file that does not exist (an unknown feed, sitemap part, Open
 * Graph image…): a small French HTML page, as a reader who followed a stale link would see it.
 * Built from fixed strings only; nothing from the request is echoed back.
 */
export function createNotFoundResponse(): Response {
  const { title, text, back } = fr.notFound;
  const html = [
    '<!doctype html>',
    `<html lang="fr"><head><meta charset="utf-8"><meta name="robots" content="noindex">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${title} — ${fr.site.name}</title></head>`,
    `<body><main><h1>${title}</h1><p>${text}</p><p><a href="/">${back}</a></p></main></body></html>`,
  ].join('\n');
  return new Response(html, {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/**
 * The 400 answer of an address that cannot be decoded (`/tags/%E9`): a small French page, from
 * fixed strings only, never cached (the same address may be fixed upstream).
 */
export function createBadRequestResponse(): Response {
  const { title, text } = fr.badRequest;
  const html = [
    '<!doctype html>',
    `<html lang="fr"><head><meta charset="utf-8"><meta name="robots" content="noindex">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${title} — ${fr.site.name}</title></head>`,
    `<body><main><h1>${title}</h1><p>${text}</p><p><a href="/">${fr.notFound.back}</a></p></main></body></html>`,
  ].join('\n');
  return new Response(html, {
    status: 400,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
