/**
 * `npm run content:check`: validates every article, author and section file and prints all
 * problems at once as `file:line:col field: message`. Exits 1 when there is any problem.
 * Runs before every production build (`prebuild`). `CONTENT_DIR` points it at another folder.
 * Articles unchanged since the last check reuse its result; `CONTENT_CHECK_CACHE=0` checks all.
 */
import { runContentCheck } from '@/lib/content/check';
import { formatProblem } from '@/lib/content';
import { toDisplayPath, getContentRoot } from '@/lib/content/source';
import { editorFr } from '@/lib/i18n/editor-fr';

const started = performance.now();
const report = await runContentCheck({ useCache: process.env.CONTENT_CHECK_CACHE !== '0' });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const root = toDisplayPath(getContentRoot()) || '.';
const reused = report.unchanged > 0 ? editorFr.check.reused(report.unchanged) : '';

for (const problem of report.problems) console.error(formatProblem(problem));

if (report.problems.length > 0) {
  const files = new Set(report.problems.map((problem) => problem.file)).size;
  console.error(
    `
${editorFr.check.failed(report.problems.length, files, report.articleCount, root, seconds, reused)}`,
  );
  process.exitCode = 1;
} else {
  console.log(editorFr.check.passed(report.articleCount, root, seconds, reused));
}
