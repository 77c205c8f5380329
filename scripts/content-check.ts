/**
 * `npm run content:check`: validates every article, author and section file and prints all
 * problems at once as `file:line:col field: message`. Exits 1 when there is any problem.
 * Runs before every production build (`prebuild`). `CONTENT_DIR` points it at another folder.
 */
import { checkAllContentInParallel } from '@/lib/content/check-parallel';
import { formatProblem } from '@/lib/content/problems';
import { toDisplayPath, getContentRoot } from '@/lib/content/paths';

const started = performance.now();
const report = await checkAllContentInParallel();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const root = toDisplayPath(getContentRoot()) || '.';

for (const problem of report.problems) console.error(formatProblem(problem));

if (report.problems.length > 0) {
  const files = new Set(report.problems.map((problem) => problem.file)).size;
  console.error(
    `\n✗ ${report.problems.length} problem(s) in ${files} file(s); ${report.articleCount} article(s) checked in ${root}/ (${seconds} s)`,
  );
  process.exitCode = 1;
} else {
  console.log(
    `✓ ${report.articleCount} article(s), authors and sections in ${root}/: no problems (${seconds} s)`,
  );
}
