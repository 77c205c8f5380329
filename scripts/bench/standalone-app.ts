import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Packages a comparison app shares with the site, at the versions the site pins: same Next, same
 * React, same TypeScript, so that a ratio measures the sites and not two framework releases.
 */
const FRAMEWORK_PACKAGES = [
  'next',
  'react',
  'react-dom',
  'typescript',
  '@types/node',
  '@types/react',
  '@types/react-dom',
];

/** Versions of the framework packages, read from the project's own package.json. */
export function readFrameworkPins(projectRoot: string): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const declared = { ...manifest.devDependencies, ...manifest.dependencies };
  const pins: Record<string, string> = {};
  for (const name of FRAMEWORK_PACKAGES) {
    const version = declared[name];
    if (!version) throw new Error(`package.json does not pin ${name}`);
    pins[name] = version;
  }
  return pins;
}

/**
 * Creates a comparison app (the empty Next app, the markdown starter) in a folder of its own
 * outside the project, with its own node_modules. Inside the project, `next build` would take the
 * project as its root and pick up the site's proxy.ts and instrumentation.ts.
 */
export function createStandaloneApp(
  projectRoot: string,
  name: string,
  files: (directory: string) => void,
  dependencies: Record<string, string> = {},
): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `manchette-${name}-`));
  try {
    files(directory);
    const manifestPath = path.join(directory, 'package.json');
    const manifest = fs.existsSync(manifestPath)
      ? (JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, unknown>)
      : { private: true };
    manifest.dependencies = {
      ...(manifest.dependencies as Record<string, string> | undefined),
      ...dependencies,
      ...readFrameworkPins(projectRoot),
    };
    fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    // From npm's cache when it holds these versions (it does after the project's npm install).
    execFileSync(
      'npm',
      ['install', '--no-package-lock', '--no-audit', '--no-fund', '--prefer-offline', '--silent'],
      { cwd: directory, stdio: 'inherit' },
    );
    return directory;
  } catch (error) {
    fs.rmSync(directory, { recursive: true, force: true });
    throw error;
  }
}

/** The Next command-line entry of an app (the site or a comparison app): node runs it directly. */
export function nextBin(appDirectory: string): string {
  return path.join(appDirectory, 'node_modules/next/dist/bin/next');
}
