import Link from 'next/link';
import { getSortedPosts } from '@/lib/posts';

export default function Home() {
  return (
    <main>
      <h1>Articles</h1>
      <ul>
        {getSortedPosts().map((post) => (
          <li key={post.slug}>
            <Link href={`/articles/${post.slug}`}>{post.title}</Link>{' '}
            <time>{post.date.slice(0, 10)}</time>
          </li>
        ))}
      </ul>
    </main>
  );
}
