import fs from 'node:fs';
import path from 'node:path';
import { runMeasured } from '@/scripts/bench/process-tree';
import { startServer } from '@/scripts/bench/server';
import { createStandaloneApp, nextBin } from '@/scripts/bench/standalone-app';
import { measurePageWeight, type PageWeight } from '@/scripts/bench/weight';

/**
 * The smallest App Router site: a root layout and one static page, no client component, no
 * next/link, no next/image. What its page loads is "Next's own framework baseline" that the
 * client-JS target is measured against.
 */
const BASELINE_FILES: Record<string, string> = {
  'package.json': '{ "private": true, "type": "module" }\n',
  'next.config.mjs': 'export default { reactStrictMode: true };\n',
  'app/layout.jsx': [
    'export default function RootLayout({ children }) {',
    '  return (<html lang="fr"><body>{children}</body></html>);',
    '}',
    '',
  ].join('\n'),
  'app/page.jsx': [
    'export default function Page() {',
    '  return (<main><h1>Manchette</h1><p>Une page sans composant client.</p></main>);',
    '}',
    '',
  ].join('\n'),
};

/**
 * Builds and serves the empty app, and sizes what its page loads exactly as the article page is
 * sized. The folder is removed afterwards, even when a step fails.
 */
export async function measureFrameworkBaseline(
  projectRoot: string,
  port: number,
): Promise<PageWeight> {
  const directory = createStandaloneApp(projectRoot, 'empty-app', (folder) => {
    for (const [name, text] of Object.entries(BASELINE_FILES)) {
      fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      fs.writeFileSync(path.join(folder, name), text);
    }
  });
  try {
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
    const build = await runMeasured(process.execPath, [nextBin(directory), 'build'], {
      cwd: directory,
      env,
      onLine: () => {},
    });
    if (build.code !== 0) {
      throw new Error(`baseline build failed:\n${build.output.split('\n').slice(-30).join('\n')}`);
    }
    const server = await startServer(projectRoot, port, env, directory);
    try {
      return await measurePageWeight(server.origin, '/', directory);
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}
