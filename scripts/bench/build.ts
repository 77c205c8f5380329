import fs from 'node:fs';
import path from 'node:path';
import { runMeasured, type MeasuredRun } from '@/scripts/bench/process-tree';
import { readBuildPhases } from '@/scripts/bench/profile/report';
import { nextBin } from '@/scripts/bench/standalone-app';

/**
 * One `npm run build`, split into its two steps: prebuild (content check, type check, image
 * variants) and `next build`.
 */
export interface BuildSample {
  checkMs: number;
  checkPeakRssBytes: number;
  nextBuildMs: number;
  nextBuildPeakRssBytes: number;
  /** Wall time of both steps, as `npm run build` runs them one after the other. */
  totalMs: number;
  /** CPU time (user + system) of both steps' process trees. */
  cpuMs: number;
  /** Wall time of the phases `next build` reports (compile, cache write, TypeScript, …), in ms. */
  phases?: Record<string, number>;
}

function ensureSuccess(step: string, run: MeasuredRun): void {
  if (run.code !== 0) {
    throw new Error(
      `${step} failed with exit code ${run.code}:\n${run.output.split('\n').slice(-40).join('\n')}`,
    );
  }
}

/** Prints a build's progress lines (Next's own, such as "Generating static pages (3000/10001)"). */
function printProgress(line: string): void {
  const trimmed = line.trim();
  if (/Generating static pages|Compiled|Collecting|Finalizing|TypeScript|✓|error/i.test(trimmed)) {
    console.log(`      ${trimmed.slice(0, 160)}`);
  }
}

/** Runs the prebuild script then `next build` in `projectRoot`, as `npm run build` would. */
export async function measureBuild(
  projectRoot: string,
  env: NodeJS.ProcessEnv,
): Promise<BuildSample> {
  const options = { cwd: projectRoot, env, onLine: printProgress };
  // The project's own prebuild script: content check, type check, image variants.
  const check = await runMeasured('npm', ['run', '--silent', 'prebuild'], options);
  ensureSuccess('prebuild', check);
  const build = await runMeasured(process.execPath, [nextBin(projectRoot), 'build'], options);
  ensureSuccess('next build', build);
  return {
    checkMs: check.wallMs,
    checkPeakRssBytes: check.peakRssBytes,
    nextBuildMs: build.wallMs,
    nextBuildPeakRssBytes: build.peakRssBytes,
    totalMs: check.wallMs + build.wallMs,
    cpuMs: check.cpuMs + build.cpuMs,
    phases: Object.fromEntries(readBuildPhases(build.output)),
  };
}

/** Removes the build output and every build cache, so the next build is cold. */
export function removeBuildOutput(projectRoot: string): void {
  fs.rmSync(path.join(projectRoot, '.next'), { recursive: true, force: true });
}

/**
 * Edits one article as an editor would (a sentence added at the end), for the warm rebuild. The
 * article is taken from the middle of the list, so it is neither the newest nor the oldest.
 */
export function editOneArticle(contentRoot: string, stamp: number): string {
  const directory = path.join(contentRoot, 'articles');
  const files = fs.readdirSync(directory).sort();
  const file = path.join(directory, files[Math.floor(files.length / 2)] ?? '');
  fs.appendFileSync(file, `\nUne précision ajoutée par la rédaction (révision ${stamp}).\n`);
  return path.basename(file, '.mdx');
}
