import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from './free-port';
import { requireProgram, startProcess, waitForPort } from './processes';

/** The nginx config a newsroom deploys, as the repository ships it. */
export const NGINX_TEMPLATE = path.resolve(import.meta.dirname, '../../docs/nginx/manchette.conf');

/** A real nginx the test owns: in the foreground, every path under its own temporary directory. */
export interface TestNginx {
  url: string;
  cacheDir: string;
  stop: () => Promise<void>;
  /** What nginx wrote to its error log. */
  errors: () => string;
}

/** Fills the template's placeholders, as an operator would. */
export function instantiateNginxTemplate(values: {
  cacheDir: string;
  upstreams: string[];
  listen: string;
}): string {
  const template = fs.readFileSync(NGINX_TEMPLATE, 'utf8');
  const filled = template
    .replaceAll('__CACHE_DIR__', values.cacheDir)
    .replaceAll('__UPSTREAM_SERVERS__', values.upstreams.map((host) => `server ${host};`).join(' '))
    .replaceAll('__LISTEN__', values.listen)
    .replaceAll('__SERVER_NAME__', 'localhost');
  const left = /__[A-Z_]+__/.exec(filled.replace(/^#.*$/gm, ''));
  if (left)
    throw new Error(
      `docs/nginx/manchette.conf has a placeholder the test does not fill: ${left[0]}`,
    );
  return filled;
}

/** Starts nginx in front of the given `host:port` upstreams (fails loudly when not installed). */
export async function startNginx(upstreams: string[]): Promise<TestNginx> {
  const program = requireProgram('nginx', ['nginx', '/usr/sbin/nginx'], 'nginx-light');
  const port = await findFreePort();
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-nginx-'));
  const cacheDir = path.join(prefix, 'cache');
  fs.mkdirSync(cacheDir);
  fs.writeFileSync(
    path.join(prefix, 'manchette.conf'),
    instantiateNginxTemplate({ cacheDir, upstreams, listen: `127.0.0.1:${port}` }),
  );
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), writeMainConfig(program, prefix));
  const errorLog = path.join(prefix, 'error.log');
  const server = startProcess(program, [
    '-p',
    prefix,
    '-c',
    path.join(prefix, 'nginx.conf'),
    '-e',
    errorLog,
  ]);
  await waitForPort(port, server);
  return {
    url: `http://127.0.0.1:${port}`,
    cacheDir,
    errors: () => (fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8') : ''),
    stop: async () => {
      await server.stop();
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/** The main config: foreground, one worker, every runtime path inside the prefix. */
function writeMainConfig(program: string, prefix: string): string {
  const built = spawnSync(program, ['-V'], { encoding: 'utf8' }).stderr;
  // Each compiled-in module wants its temporary directory; nginx-light lacks some of them.
  const optionalTemps = ['fastcgi', 'scgi', 'uwsgi']
    .filter((module) => built.includes(`--http-${module}-temp-path`))
    .map((module) => `  ${module}_temp_path ${path.join(prefix, `${module}-temp`)};`);
  return [
    'daemon off;',
    'worker_processes 1;',
    // As root (CI), workers would otherwise run as nobody, who cannot write the temp directory.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    `pid ${path.join(prefix, 'nginx.pid')};`,
    `error_log ${path.join(prefix, 'error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    `  access_log ${path.join(prefix, 'access.log')};`,
    `  client_body_temp_path ${path.join(prefix, 'body-temp')};`,
    `  proxy_temp_path ${path.join(prefix, 'proxy-temp')};`,
    ...optionalTemps,
    `  include ${path.join(prefix, 'manchette.conf')};`,
    '}',
    '',
  ].join('\n');
}
