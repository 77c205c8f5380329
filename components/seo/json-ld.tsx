import { serializeJsonLd, type JsonLdDocument } from '@/lib/seo/json-ld';

/** Structured data for search engines, serialised so that no text can close the script. */
export function JsonLd({ document }: { document: JsonLdDocument }) {
  return (
    <script
      type="application/ld+json"
      // Safe: serializeJsonLd escapes every `<`, so the content cannot end the element.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(document) }}
    />
  );
}
