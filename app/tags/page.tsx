import type { Metadata } from 'next';
import { declareCacheTags } from '@/lib/cache/declare';
import { ARTICLES_TAG } from '@/lib/cache/tags';
import { getTopics } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { tagPath, TOPICS_PATH } from '@/lib/routes';
import { getPageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = getPageMetadata({
  title: fr.topic.indexTitle,
  description: fr.topic.indexDescription,
  path: TOPICS_PATH,
});

export default async function TopicsIndexPage() {
  await declareCacheTags([ARTICLES_TAG]);
  const topics = getTopics();
  return (
    <section aria-labelledby="topics-title">
      <h1 id="topics-title" className="font-serif text-4xl font-bold text-ink">
        {fr.topic.indexTitle}
      </h1>
      <p className="mt-2 text-muted">{fr.topic.indexDescription}</p>
      <ul className="topic-index">
        {topics.map((topic) => (
          <li key={topic.slug}>
            <a href={tagPath(topic.slug)}>
              <span>#{topic.label}</span>
              <span>{fr.topic.count(topic.articles.length)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
