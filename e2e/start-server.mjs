// Starts a Next server on a scratch copy of content/, so tests can edit, add and break files
// without touching the repository: `dev` runs `next dev`, `start` serves the production build.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [mode = 'dev', port = '3211', name = 'dev'] = process.argv.slice(2);
const root = path.resolve(import.meta.dirname, '..');
const scratch = path.join(root, `.e2e-content-${name}`);

fs.rmSync(scratch, { recursive: true, force: true });
fs.cpSync(path.join(root, 'content'), scratch, { recursive: true });
// Test-only articles (every embed on one page, a live blog still running) join the copy: the
// shipped content stays real, and the live blog there has ended, so the build is deterministic.
fs.cpSync(path.join(root, 'e2e/fixtures/content'), scratch, { recursive: true });

const child = spawn(
  process.execPath,
  [path.join(root, 'node_modules/next/dist/bin/next'), mode, '-p', port, '-H', '127.0.0.1'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CONTENT_DIR: scratch, NEXT_TELEMETRY_DISABLED: '1' },
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
