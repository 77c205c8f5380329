import type { Metadata } from 'next';
import Link from 'next/link';
import { getPost, getSortedPosts } from '@/lib/posts';

// Only the generated slugs exist: any other URL is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getSortedPosts().map((post) => ({ slug: post.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = await getPost((await params).slug);
  return { title: post.title, description: post.description };
}

export default async function Post({ params }: Props) {
  const post = await getPost((await params).slug);
  return (
    <main>
      <article>
        <h1>{post.title}</h1>
        <time dateTime={post.date}>{post.date.slice(0, 10)}</time>
        <div dangerouslySetInnerHTML={{ __html: post.html }} />
      </article>
      <Link href="/">← Articles</Link>
    </main>
  );
}
