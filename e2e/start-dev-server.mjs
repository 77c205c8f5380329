// Starts `next dev` for the editor journeys on a scratch copy of content/, so tests can edit,
// add and break files without touching the repository's content.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const scratch = path.join(root, '.e2e-dev-content');
const port = process.env.E2E_DEV_PORT ?? '3211';

fs.rmSync(scratch, { recursive: true, force: true });
fs.cpSync(path.join(root, 'content'), scratch, { recursive: true });

const child = spawn(
  process.execPath,
  [path.join(root, 'node_modules/next/dist/bin/next'), 'dev', '-p', port, '-H', '127.0.0.1'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CONTENT_DIR: scratch, NEXT_TELEMETRY_DISABLED: '1' },
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
