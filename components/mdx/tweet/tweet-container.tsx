import type { ReactNode } from 'react';

/** The card around an embedded post: a figure, named for assistive technologies. */
export function TweetContainer({ label, children }: { label: string; children: ReactNode }) {
  return (
    <figure
      aria-label={label}
      className="tweet not-prose my-8 max-w-xl rounded-xl border border-line bg-surface p-4 font-sans shadow-sm sm:p-5"
    >
      {children}
    </figure>
  );
}
