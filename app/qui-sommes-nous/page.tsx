import type { Metadata } from 'next';
import { getAuthors } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { typesetFrench } from '@/lib/format/typography';
import { ABOUT_PATH, authorPath, CONTACT_PATH } from '@/lib/routes';
import { getPageMetadata } from '@/lib/seo/metadata';
import { formatPublisherAddress, PUBLISHER } from '@/lib/site/publisher';

export const metadata: Metadata = getPageMetadata({
  title: fr.about.title,
  description: fr.about.description,
  path: ABOUT_PATH,
});

/** « Qui sommes-nous » : what the site is, its principles, its newsroom and its publisher. */
export default function AboutPage() {
  const text = fr.about;
  const details: [string, string][] = [
    [text.publisher, PUBLISHER.name],
    [text.legalForm, PUBLISHER.legalForm],
    [text.director, PUBLISHER.director],
    [text.address, formatPublisherAddress()],
    [text.founded, PUBLISHER.founded],
    [text.host, PUBLISHER.host],
  ];
  return (
    <article aria-labelledby="about-title" className="max-w-3xl">
      <h1 id="about-title" className="font-serif text-4xl font-bold text-ink">
        {text.title}
      </h1>
      <p className="mt-4 text-lg text-ink">{text.intro}</p>

      <h2 className="mt-10 font-serif text-2xl font-bold text-ink">{text.principlesTitle}</h2>
      <ul className="mt-4 list-disc space-y-2 pl-6 text-ink">
        {text.principles.map((principle) => (
          <li key={principle}>{principle}</li>
        ))}
      </ul>

      <h2 className="mt-10 font-serif text-2xl font-bold text-ink">{text.newsroomTitle}</h2>
      <ul className="mt-4 space-y-3">
        {getAuthors().map((author) => (
          <li key={author.slug}>
            <a
              href={authorPath(author.slug)}
              rel="author"
              className="font-semibold text-accent underline-offset-4 hover:underline"
            >
              {author.name}
            </a>
            {author.role ? (
              <span className="text-muted">, {typesetFrench(author.role)}</span>
            ) : null}
          </li>
        ))}
      </ul>

      <h2 className="mt-10 font-serif text-2xl font-bold text-ink">{text.publisherTitle}</h2>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {details.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold text-ink">{term}</dt>
            <dd className="text-ink">{typesetFrench(value)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-8">
        <a href={CONTACT_PATH} className="text-accent underline underline-offset-4">
          {fr.contact.title}
        </a>
      </p>
    </article>
  );
}
