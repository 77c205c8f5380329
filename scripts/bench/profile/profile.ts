/**
 * `npm run bench:profile`: where the build's CPU goes per prerendered page, and where a served
 * article request's time goes. Generates a corpus like `npm run bench`, runs the content check
 * and `next build` with every Node process writing a V8 CPU profile (cpu-profile-hook.mjs,
 * preloaded through NODE_OPTIONS), then `next start`, profiled the same way, under autocannon.
 * Samples are charged to categories through the server bundles' source maps (categories.ts).
 * Turbopack compiles in native threads that V8 does not sample: its share is the build tree's
 * CPU time minus what the JavaScript profiles saw. Profiling slows JavaScript a little, so read
 * the shares, not the absolute times.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import {
  copySeedArticle,
  generateCorpus,
  SEED_SLUG,
  writeCorpus,
} from '@/scripts/bench/corpus/corpus';
import { waitUntilIdle } from '@/scripts/bench/load';
import { readTree, runMeasured } from '@/scripts/bench/process-tree';
import { readProfiles } from '@/scripts/bench/profile/cpu-profile';
import {
  formatBreakdown,
  readBuildPhases,
  readPrerenderCounts,
} from '@/scripts/bench/profile/report';
import { startServer } from '@/scripts/bench/server';

const projectRoot = process.cwd();
const NEXT_BIN = 'node_modules/next/dist/bin/next';
const HOOK = path.join(projectRoot, 'scripts/bench/profile/cpu-profile-hook.mjs');

/** The environment that makes every Node process started with it write a CPU profile. */
function profiledEnv(env: NodeJS.ProcessEnv, directory: string): NodeJS.ProcessEnv {
  fs.mkdirSync(directory, { recursive: true });
  const options = [env.NODE_OPTIONS, `--import ${pathToFileURL(HOOK).href}`]
    .filter(Boolean)
    .join(' ');
  return { ...env, NODE_OPTIONS: options, BENCH_CPU_PROFILE_DIR: directory };
}

async function main() {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      port: { type: 'string', default: '3100' },
      duration: { type: 'string', default: '10' },
      out: { type: 'string', default: 'bench-results' },
    },
  });
  const count = Number(values.n);
  const port = Number(values.port);
  const duration = Number(values.duration);
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-profile-'));
  const profiles = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-cpuprofiles-'));
  const env = { ...process.env, CONTENT_DIR: corpus, NEXT_TELEMETRY_DISABLED: '1' };
  const sections: string[] = [
    `## Profile: ${count} articles — ${new Date().toISOString().slice(0, 16)}Z`,
    '',
    `Load average at start: ${os.loadavg()[0]?.toFixed(2)} on ${os.availableParallelism()} cores.`,
  ];
  try {
    console.log(`[corpus] ${count} articles`);
    writeCorpus(corpus, generateCorpus({ count: count - 1 }));
    copySeedArticle(projectRoot, corpus);
    fs.rmSync(path.join(projectRoot, '.next'), { recursive: true, force: true });

    console.log('[check] content check (prebuild)');
    const check = await runMeasured(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'scripts/content-check.ts'],
      { cwd: projectRoot, env },
    );
    if (check.code !== 0) throw new Error(`content check failed:\n${check.output}`);

    console.log('[build] cold next build with CPU profiles');
    const buildProfiles = path.join(profiles, 'build');
    const build = await runMeasured(process.execPath, [NEXT_BIN, 'build'], {
      cwd: projectRoot,
      env: profiledEnv(env, buildProfiles),
      onLine: (line) => console.log(`      ${line.slice(0, 160)}`),
    });
    if (build.code !== 0) throw new Error(`next build failed:\n${build.output.slice(-4000)}`);
    const buildSummary = readProfiles(projectRoot, buildProfiles, build.cpuByPid);
    sections.push(
      '',
      formatBreakdown({
        title: 'Cold build',
        summary: buildSummary,
        treeCpuMs: build.cpuMs,
        wallMs: build.wallMs,
        checkCpuMs: check.cpuMs,
        phases: readBuildPhases(build.output),
        pages: readPrerenderCounts(projectRoot),
      }),
    );

    console.log(`[serve] next start, profiled, on 127.0.0.1:${port}`);
    const serveProfiles = path.join(profiles, 'serve');
    const server = await startServer(projectRoot, port, profiledEnv(env, serveProfiles));
    let requests = 0;
    let serverCpuMs = 0;
    const articlePath = `/articles/${SEED_SLUG}`;
    try {
      await waitUntilIdle(server.origin);
      const result = await autocannon({
        url: `${server.origin}${articlePath}`,
        connections: 10,
        duration,
      });
      requests = result.requests.total;
      console.log(`[serve] ${requests} requests, ${result.requests.average} req/s`);
      serverCpuMs = readTree(server.pid).get(server.pid)?.cpuMs ?? 0;
    } finally {
      await server.stop();
    }
    // Start-up is in the profile too; spread over thousands of requests it is a small bias.
    const serveSummary = readProfiles(
      projectRoot,
      serveProfiles,
      new Map([[server.pid, serverCpuMs]]),
    );
    sections.push(
      '',
      formatBreakdown({
        title: `Serving ${articlePath}`,
        summary: serveSummary,
        treeCpuMs: serverCpuMs,
        requests,
      }),
    );
    const markdown = sections.join('\n');
    const directory = path.resolve(projectRoot, values.out);
    fs.mkdirSync(directory, { recursive: true });
    const file = path.join(
      directory,
      `profile-${new Date().toISOString().replace(/[:.]/g, '-')}-n${count}.md`,
    );
    fs.writeFileSync(file, `${markdown}\n`);
    console.log(`\n${markdown}\n\nSaved ${file}`);
  } finally {
    fs.rmSync(corpus, { recursive: true, force: true });
    fs.rmSync(profiles, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
