import { formatProblem, type ContentProblem } from '@/lib/content';
import { editorFr } from '@/lib/i18n/editor-fr';

/**
 * In `next dev`, what an editor sees instead of a broken article: every problem with its file,
 * line, column, field and hint. Never rendered by a production server.
 */
export function ContentErrorPanel({ problems }: { problems: readonly ContentProblem[] }) {
  return (
    <section
      role="alert"
      aria-labelledby="content-error-title"
      className="rounded-md border-2 border-accent bg-surface p-6"
    >
      <h1 id="content-error-title" className="font-serif text-2xl font-bold text-accent">
        {editorFr.panel.title}
      </h1>
      <p className="mt-2 text-ink">{editorFr.panel.text}</p>
      <ul className="mt-4 space-y-2 font-mono text-sm text-ink">
        {problems.map((problem) => (
          <li key={formatProblem(problem)} className="content-problem">
            {formatProblem(problem)}
          </li>
        ))}
      </ul>
    </section>
  );
}
