import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveDeploymentId } from '@/lib/deploy/deployment-id';

const BUILD = 'phase-production-build';
const SERVER = 'phase-production-server';
const temporary: string[] = [];

function makeDirectory(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-deploy-'));
  temporary.push(directory);
  return directory;
}

afterEach(() => {
  for (const directory of temporary.splice(0))
    fs.rmSync(directory, { recursive: true, force: true });
});

describe('resolveDeploymentId', () => {
  it('uses the commit of a git checkout at build time', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    expect(resolveDeploymentId(BUILD, { env: {}, root })).toBe(commit);
  });

  it('still builds without git (a downloaded archive), with a fresh id each build', () => {
    const root = makeDirectory();
    const first = resolveDeploymentId(BUILD, { env: {}, root });
    const second = resolveDeploymentId(BUILD, { env: {}, root });
    expect(first).toMatch(/^build-[0-9a-f]{12}$/);
    expect(second).toMatch(/^build-[0-9a-f]{12}$/);
    expect(first).not.toBe(second);
  });

  it('serves with the id the build wrote, even after the checkout moved on', () => {
    const root = makeDirectory();
    fs.mkdirSync(path.join(root, '.next'));
    fs.writeFileSync(
      path.join(root, '.next', 'required-server-files.json'),
      JSON.stringify({ version: 1, config: { deploymentId: 'abc123def456' } }),
    );
    expect(resolveDeploymentId(SERVER, { env: {}, root })).toBe('abc123def456');
  });

  it('prefers DEPLOYMENT_ID, and refuses one unfit for a URL', () => {
    const root = makeDirectory();
    expect(resolveDeploymentId(BUILD, { env: { DEPLOYMENT_ID: 'v2.3-rc_1' }, root })).toBe(
      'v2.3-rc_1',
    );
    expect(() => resolveDeploymentId(BUILD, { env: { DEPLOYMENT_ID: 'a b?c' }, root })).toThrow(
      /DEPLOYMENT_ID="a b\?c"/,
    );
  });

  it('sets none in development', () => {
    expect(
      resolveDeploymentId('phase-development-server', { env: {}, root: makeDirectory() }),
    ).toBeUndefined();
  });
});
