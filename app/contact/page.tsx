import type { Metadata } from 'next';
import { fr } from '@/lib/i18n/fr';
import { ABOUT_PATH, CONTACT_PATH } from '@/lib/routes';
import { getPageMetadata } from '@/lib/seo/metadata';
import { formatPublisherAddress, PUBLISHER } from '@/lib/site/publisher';
import { typesetFrench } from '@/lib/format/typography';

export const metadata: Metadata = getPageMetadata({
  title: fr.contact.title,
  description: fr.contact.description,
  path: CONTACT_PATH,
});

const link = 'font-semibold text-accent underline underline-offset-4 break-all';

/** « Contact » : the newsroom's address for news, for corrections, and by post. */
export default function ContactPage() {
  const text = fr.contact;
  return (
    <article aria-labelledby="contact-title" className="max-w-3xl">
      <h1 id="contact-title" className="font-serif text-4xl font-bold text-ink">
        {text.title}
      </h1>
      <p className="mt-4 text-lg text-ink">{text.intro}</p>
      <dl className="mt-8 space-y-6">
        <div>
          <dt className="font-serif text-xl font-bold text-ink">{text.newsroom}</dt>
          <dd className="mt-1">
            <a href={`mailto:${PUBLISHER.newsroomEmail}`} className={link}>
              {PUBLISHER.newsroomEmail}
            </a>
          </dd>
        </div>
        <div>
          <dt className="font-serif text-xl font-bold text-ink">{text.corrections}</dt>
          <dd className="mt-1">
            <a href={`mailto:${PUBLISHER.correctionsEmail}`} className={link}>
              {PUBLISHER.correctionsEmail}
            </a>
            <p className="mt-1 text-muted">{text.correctionsHelp}</p>
          </dd>
        </div>
        <div>
          <dt className="font-serif text-xl font-bold text-ink">{text.post}</dt>
          <dd className="mt-1 text-ink">
            {PUBLISHER.name}, {typesetFrench(formatPublisherAddress())}
          </dd>
        </div>
      </dl>
      <p className="mt-8">
        <a href={ABOUT_PATH} className="text-accent underline underline-offset-4">
          {text.about}
        </a>
      </p>
    </article>
  );
}
