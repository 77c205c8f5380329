import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What a deployment id may contain: it ends up in asset URLs (`?dpl=…`) and a header. */
const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

interface DeploymentIdSources {
  env: Readonly<Record<string, string | undefined>>;
  /** The project directory (holds `.git` and `.next`). */
  root: string;
}

/**
 * The id of this deployment for Next's `deploymentId`, so that a browser holding a page of one
 * deploy never loads the scripts of another during a rolling deploy. The build chooses it
 * (`DEPLOYMENT_ID`, else the git commit, else a random id for a checkout without git) and
 * `next start` reads the one the build used, since the browser code was built with it.
 */
export function resolveDeploymentId(
  phase: string,
  sources: DeploymentIdSources,
): string | undefined {
  // Next itself uses NEXT_DEPLOYMENT_ID and refuses a config that disagrees with it.
  const explicit = sources.env.NEXT_DEPLOYMENT_ID || sources.env.DEPLOYMENT_ID;
  if (explicit) return checkDeploymentId(explicit);
  if (phase === 'phase-production-build')
    return readGitCommit(sources.root) ?? `build-${randomBytes(6).toString('hex')}`;
  if (phase === 'phase-production-server') return readBuiltDeploymentId(sources.root);
  return undefined;
}

function checkDeploymentId(id: string): string {
  if (!SAFE_ID.test(id)) {
    throw new Error(`DEPLOYMENT_ID="${id}": use 1 to 64 letters, digits, ".", "_" or "-"`);
  }
  return id;
}

/** The short commit of the checkout, or nothing without git or outside a repository. */
function readGitCommit(root: string): string | undefined {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5_000,
    }).trim();
    return SAFE_ID.test(commit) ? commit : undefined;
  } catch {
    return undefined;
  }
}

/** The id `next build` wrote into the build output (Next's own record of its config). */
export function readBuiltDeploymentId(root: string): string | undefined {
  try {
    const manifest: unknown = JSON.parse(
      fs.readFileSync(path.join(root, '.next', 'required-server-files.json'), 'utf8'),
    );
    const id = readConfigDeploymentId(manifest);
    return id && SAFE_ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

function readConfigDeploymentId(manifest: unknown): string | undefined {
  if (typeof manifest !== 'object' || manifest === null || !('config' in manifest))
    return undefined;
  const config = manifest.config;
  if (typeof config !== 'object' || config === null || !('deploymentId' in config))
    return undefined;
  return typeof config.deploymentId === 'string' ? config.deploymentId : undefined;
}
