import { getArticleAuthors, getSection, type ArticleMeta, type LiveCoverage } from '@/lib/content';
import { getArticleBreadcrumb } from '@/lib/breadcrumb';
import { fr } from '@/lib/i18n/fr';
import { ABOUT_PATH, articlePath, authorPath, CONTACT_PATH, searchPath } from '@/lib/routes';
import { toMachineDate } from '@/lib/seo/dates';
import { getArticleOgImagePath } from '@/lib/seo/og/og-card-data';
import { PUBLISHER } from '@/lib/site/publisher';
import { getArticleRenditions, getRenditionPath } from '@/lib/seo/renditions';
import { toAbsoluteUrl } from '@/lib/seo/site';

/** A schema.org node: JSON values only, so that it serialises as written. */
export type JsonLdValue = string | number | boolean | null | JsonLdValue[] | JsonLdNode;
export interface JsonLdNode {
  [key: string]: JsonLdValue | undefined;
}

/** The JSON-LD document of a page: one `@graph` holding every node. */
export interface JsonLdDocument {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

const LOGO_PATH = '/logo.svg';

/**
 * JSON for a `<script type="application/ld+json">`. `<`, `>` and `&` become `\u003c`-style
 * escapes (still the same JSON string values), so that text such as `</script>` in a headline
 * cannot close the element; U+2028/U+2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(document: JsonLdDocument): string {
  return JSON.stringify(document).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The publisher as an article names it: what Google reads there (name, URL, logo) and the `@id`
 * of the full Organization, described once on the front page. Repeating its address and contact
 * on every article cost about 1.6 KB per page (the JSON-LD is sent twice: in the HTML and in the
 * RSC payload).
 */
function getPublisherReference(): JsonLdNode {
  return {
    '@type': 'Organization',
    '@id': toAbsoluteUrl('/#organisation'),
    name: fr.site.name,
    url: toAbsoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: toAbsoluteUrl(LOGO_PATH) },
  };
}

function getOrganization(): JsonLdNode {
  return {
    ...getPublisherReference(),
    description: fr.seo.organizationDescription,
    email: PUBLISHER.newsroomEmail,
    foundingDate: PUBLISHER.founded,
    address: {
      '@type': 'PostalAddress',
      streetAddress: PUBLISHER.address.street,
      postalCode: PUBLISHER.address.postalCode,
      addressLocality: PUBLISHER.address.city,
      addressCountry: PUBLISHER.address.country,
    },
    publishingPrinciples: toAbsoluteUrl(ABOUT_PATH),
    correctionsPolicy: toAbsoluteUrl(ABOUT_PATH),
    contactPoint: {
      '@type': 'ContactPoint',
      contactType: 'Rédaction',
      email: PUBLISHER.newsroomEmail,
      url: toAbsoluteUrl(CONTACT_PATH),
    },
  };
}

/** The front page: the WebSite, with its search action, and the Organization behind it. */
export function getHomeJsonLd(): JsonLdDocument {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': toAbsoluteUrl('/#site'),
        name: fr.site.name,
        description: fr.site.description,
        url: toAbsoluteUrl('/'),
        inLanguage: 'fr-FR',
        publisher: { '@id': toAbsoluteUrl('/#organisation') },
        potentialAction: {
          '@type': 'SearchAction',
          target: {
            '@type': 'EntryPoint',
            // The template keeps its braces: encoding them would break the placeholder.
            urlTemplate: `${toAbsoluteUrl(searchPath())}?q={search_term_string}`,
          },
          'query-input': 'required name=search_term_string',
        },
      },
      getOrganization(),
    ],
  };
}

/**
 * What makes a live blog a LiveBlogPosting: its coverage and every entry, each pointing at its
 * anchor on the page, with the same headline, time and text as the reader sees.
 */
function getLiveBlogFields(live: LiveCoverage, url: string): JsonLdNode {
  return {
    coverageStartTime: toMachineDate(live.start),
    coverageEndTime: live.end ? toMachineDate(live.end) : undefined,
    liveBlogUpdate: live.entries.map((entry) => ({
      '@type': 'BlogPosting',
      '@id': `${url}#${entry.anchor}`,
      headline: entry.title,
      datePublished: toMachineDate(entry.time),
      articleBody: entry.text,
      url: `${url}#${entry.anchor}`,
    })),
  };
}

/**
 * An article page: a NewsArticle (a LiveBlogPosting for a live blog) whose fields match what the page shows (headline = the h1,
 * dates, authors linking to their pages), and the BreadcrumbList of its visible breadcrumb.
 */
export function getArticleJsonLd(article: ArticleMeta): JsonLdDocument {
  const url = toAbsoluteUrl(articlePath(article.slug));
  const section = getSection(article.section);
  // Google Discover: 16:9, 4:3 and 1:1 versions of the lead image (or of the sharing card), each
  // well over 50,000 px², then the sharing card itself.
  const images = [
    ...getArticleRenditions(article).map((rendition) => ({
      '@type': 'ImageObject',
      url: toAbsoluteUrl(getRenditionPath(article.slug, rendition)),
      width: rendition.width,
      height: rendition.height,
    })),
    toAbsoluteUrl(getArticleOgImagePath(article)),
  ];
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        ...(article.live ? getLiveBlogFields(article.live, url) : {}),
        '@type': article.live ? 'LiveBlogPosting' : 'NewsArticle',
        '@id': `${url}#article`,
        headline: article.title,
        description: article.description,
        image: images,
        datePublished: toMachineDate(article.date),
        dateModified: toMachineDate(article.modified),
        author: getArticleAuthors(article).map((author) => ({
          '@type': 'Person',
          name: author.name,
          url: toAbsoluteUrl(authorPath(author.slug)),
        })),
        publisher: getPublisherReference(),
        mainEntityOfPage: { '@type': 'WebPage', '@id': url },
        inLanguage: 'fr-FR',
        articleSection: section?.name,
        keywords: article.tags.map((tag) => tag.label),
        isAccessibleForFree: true,
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: getArticleBreadcrumb(article).map((crumb, index) => ({
          '@type': 'ListItem',
          position: index + 1,
          name: crumb.name,
          item: toAbsoluteUrl(crumb.path),
        })),
      },
    ],
  };
}
