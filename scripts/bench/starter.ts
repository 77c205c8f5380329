import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BuildSample } from '@/scripts/bench/build';
import { runMeasured } from '@/scripts/bench/process-tree';

/** Template of the plain markdown starter, kept in the repository. */
const TEMPLATE_DIRECTORY = 'scripts/bench/starter';

/**
 * Where the starter is copied, built and served: inside the project, so that it resolves `next`,
 * `react` and `typescript` from our node_modules (same versions as the site); only its own three
 * dependencies (exact pins in the template's package.json) are installed into it.
 */
export const STARTER_DIRECTORY = '.bench-starter';

const NEXT_BIN = 'node_modules/next/dist/bin/next';

/** Copies the starter template and installs its pinned dependencies. Returns its folder. */
export function prepareStarter(projectRoot: string): string {
  const directory = path.join(projectRoot, STARTER_DIRECTORY);
  removeStarter(projectRoot);
  fs.cpSync(path.join(projectRoot, TEMPLATE_DIRECTORY), directory, { recursive: true });
  // No lockfile in the copy: Next then takes the project as its root and finds `next` there.
  execFileSync(
    'npm',
    ['install', '--no-package-lock', '--no-audit', '--no-fund', '--prefer-offline', '--silent'],
    { cwd: directory, stdio: 'inherit' },
  );
  return directory;
}

/** Deletes the starter copy and its build. */
export function removeStarter(projectRoot: string): void {
  fs.rmSync(path.join(projectRoot, STARTER_DIRECTORY), { recursive: true, force: true });
}

/** One cold `next build` of the starter (it has no prebuild step), measured like the site's. */
export async function measureStarterBuild(
  projectRoot: string,
  directory: string,
  env: NodeJS.ProcessEnv,
): Promise<BuildSample> {
  fs.rmSync(path.join(directory, '.next'), { recursive: true, force: true });
  const build = await runMeasured(process.execPath, [path.join(projectRoot, NEXT_BIN), 'build'], {
    cwd: directory,
    env,
  });
  if (build.code !== 0) {
    throw new Error(`starter build failed:\n${build.output.split('\n').slice(-40).join('\n')}`);
  }
  return {
    checkMs: 0,
    checkPeakRssBytes: 0,
    nextBuildMs: build.wallMs,
    nextBuildPeakRssBytes: build.peakRssBytes,
    totalMs: build.wallMs,
    cpuMs: build.cpuMs,
  };
}
