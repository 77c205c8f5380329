import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { remark } from 'remark';
import html from 'remark-html';

// The benchmark points both sites at the same generated corpus.
const articlesDirectory = path.join(process.env.CONTENT_DIR ?? 'content', 'articles');

export interface PostMeta {
  slug: string;
  title: string;
  description: string;
  date: string;
}

function readPost(fileName: string): { meta: PostMeta; body: string; draft: boolean } {
  const { data, content } = matter(fs.readFileSync(path.join(articlesDirectory, fileName), 'utf8'));
  return {
    meta: {
      slug: fileName.replace(/\.mdx?$/, ''),
      title: String(data.title),
      description: String(data.description ?? ''),
      date: new Date(data.date).toISOString(),
    },
    body: content,
    draft: data.draft === true,
  };
}

/** Published posts, newest first. */
export function getSortedPosts(): PostMeta[] {
  return fs
    .readdirSync(articlesDirectory)
    .filter((name) => /\.mdx?$/.test(name))
    .map(readPost)
    .filter((post) => !post.draft)
    .map((post) => post.meta)
    .sort((a, b) => (a.date < b.date ? 1 : -1));
}

/** One post with its body rendered to HTML (remark-html sanitizes raw HTML away). */
export async function getPost(slug: string): Promise<PostMeta & { html: string }> {
  const post = readPost(`${slug}.mdx`);
  const processed = await remark().use(html).process(post.body);
  return { ...post.meta, html: processed.toString() };
}
