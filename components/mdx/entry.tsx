import type { ReactNode } from 'react';
import { entryPropsSchema } from '@/lib/content/mdx';
import { formatTime } from '@/lib/format/dates';

/**
 * `<Entry time="…" title="…">…</Entry>`: one update of a live blog, with a stable anchor
 * (`#entree-…`, from its time) and its visible time linking to it.
 */
export function Entry({
  time,
  title,
  anchor,
  children,
}: {
  time?: string;
  title?: string;
  /** Given by the render pipeline, from the time: the same anchor the JSON-LD names. */
  anchor?: string;
  children?: ReactNode;
}) {
  const parsed = entryPropsSchema.safeParse({ time, title });
  // The content pipeline rejects invalid props first; this keeps the text if one slips through.
  if (!parsed.success || !anchor) return <div>{children}</div>;
  return (
    <article
      id={anchor}
      aria-labelledby={`${anchor}-titre`}
      className="live-entry my-10 scroll-mt-6 border-l-2 border-accent pl-4 first:mt-4"
    >
      <p className="not-prose font-sans text-sm font-bold">
        <a
          href={`#${anchor}`}
          className="live-entry-time text-accent underline-offset-2 hover:underline"
        >
          <time dateTime={parsed.data.time}>{formatTime(parsed.data.time)}</time>
        </a>
      </p>
      <h2 id={`${anchor}-titre`} className="live-entry-title mt-1! mb-3!">
        {parsed.data.title}
      </h2>
      {children}
    </article>
  );
}
