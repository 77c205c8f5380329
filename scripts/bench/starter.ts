import fs from 'node:fs';
import path from 'node:path';
import type { BuildSample } from '@/scripts/bench/build';
import { runMeasured } from '@/scripts/bench/process-tree';
import { createStandaloneApp, nextBin } from '@/scripts/bench/standalone-app';

/** Template of the plain markdown starter, kept in the repository. */
const TEMPLATE_DIRECTORY = 'scripts/bench/starter';

/**
 * Copies the starter template to a folder of its own and installs its three pinned dependencies
 * plus the site's Next, React and TypeScript versions. Returns the folder.
 */
export function prepareStarter(projectRoot: string): string {
  return createStandaloneApp(projectRoot, 'starter', (directory) =>
    fs.cpSync(path.join(projectRoot, TEMPLATE_DIRECTORY), directory, { recursive: true }),
  );
}

/** Deletes the starter copy and its build. */
export function removeStarter(directory: string): void {
  fs.rmSync(directory, { recursive: true, force: true });
}

/** One cold `next build` of the starter (it has no prebuild step), measured like the site's. */
export async function measureStarterBuild(
  directory: string,
  env: NodeJS.ProcessEnv,
): Promise<BuildSample> {
  fs.rmSync(path.join(directory, '.next'), { recursive: true, force: true });
  const build = await runMeasured(process.execPath, [nextBin(directory), 'build'], {
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
