import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/article-list';
import { getTopic, getTopics } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';
import { tagPath } from '@/lib/routes';

type Props = { params: Promise<{ tag: string }> };

export function generateStaticParams() {
  return getTopics().map((topic) => ({ tag: topic.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = getTopic((await params).tag);
  if (!topic) return {};
  return {
    title: fr.topic.title(topic.label),
    description: fr.topic.description(topic.label),
    alternates: { canonical: tagPath(topic.slug) },
  };
}

export default async function TopicPage({ params }: Props) {
  const topic = getTopic((await params).tag);
  if (!topic) notFound();
  return (
    <section aria-labelledby="topic-title">
      <h1 id="topic-title" className="font-serif text-4xl font-bold text-ink">
        {fr.topic.title(topic.label)}
      </h1>
      <p className="mt-2 text-muted">{fr.topic.count(topic.articles.length)}</p>
      <ArticleList articles={topic.articles} empty={fr.home.empty} />
    </section>
  );
}
