/**
 * `npm run bench`: generates a corpus of N articles in a temporary content folder, then measures
 * the build, the warm rebuild, page weight, load under `next start` and Lighthouse, and the same
 * figures for a plain markdown Next starter (scripts/bench/starter) on the same corpus, reported
 * as Manchette / starter ratios. Prints Markdown tables and writes JSON under bench-results/.
 * `npm run bench -- --help` lists options.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureFrameworkBaseline } from '@/scripts/bench/baseline';
import {
  editOneArticle,
  measureBuild,
  removeBuildOutput,
  type BuildSample,
} from '@/scripts/bench/build';
import {
  copySeedArticle,
  generateCorpus,
  SEED_SLUG,
  writeCorpus,
  type CorpusFile,
} from '@/scripts/bench/corpus/corpus';
import { measureFirstRequest } from '@/scripts/bench/first-request';
import { measureLighthouse } from '@/scripts/bench/lighthouse';
import { filterExistingUrls, measureLoad, waitUntilIdle } from '@/scripts/bench/load';
import { countPrerenderedArticles, readMachineInfo } from '@/scripts/bench/machine';
import {
  listDefaultUrls,
  parseBenchOptions,
  USAGE,
  type BenchOptions,
} from '@/scripts/bench/options';
import { measureOutputSize } from '@/scripts/bench/output-size';
import { measurePublish } from '@/scripts/bench/publish';
import { formatMarkdown, summarizeBuilds, type BenchResult } from '@/scripts/bench/report';
import { startServer } from '@/scripts/bench/server';
import { measureStarterBuild, prepareStarter, removeStarter } from '@/scripts/bench/starter';
import { measurePageWeight } from '@/scripts/bench/weight';

const projectRoot = process.cwd();

interface Corpus {
  root: string;
  megabytes: number;
  /** The two oldest generated articles: outside any prerender budget, rendered on first request. */
  oldestSlugs: [string, string];
}

function createCorpus(options: BenchOptions): Corpus {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'manchette-bench-'));
  const files = generateCorpus({ count: options.count - 1, seed: options.seed });
  writeCorpus(root, files);
  copySeedArticle(projectRoot, root);
  const bytes = files.reduce((total, file) => total + Buffer.byteLength(file.text), 0);
  const slugOf = (file: CorpusFile | undefined) => path.basename(file?.path ?? '', '.mdx');
  // Drafts (about 1 %) answer 404: the oldest articles measured are published ones.
  const published = files.filter(
    (file) => file.path.startsWith('articles/') && !/^draft: true$/m.test(file.text),
  );
  return {
    root,
    megabytes: Number((bytes / 1e6).toFixed(1)),
    oldestSlugs: [slugOf(published.at(-1)), slugOf(published.at(-2))],
  };
}

async function runBuilds(
  options: BenchOptions,
  env: NodeJS.ProcessEnv,
  contentRoot: string,
  result: BenchResult,
  starterDirectory: string | undefined,
) {
  const cold: BuildSample[] = [];
  const starterCold: BuildSample[] = [];
  const coldRuns = options.skip.has('build') ? 1 : options.runs;
  for (let run = 1; run <= coldRuns; run += 1) {
    console.log(`[build] cold build ${run}/${coldRuns} (.next removed)`);
    removeBuildOutput(projectRoot);
    cold.push(await measureBuild(projectRoot, env));
    // Built right after the site's, so both see the same load on a shared machine.
    if (starterDirectory) {
      console.log(`[starter] cold build ${run}/${coldRuns}`);
      starterCold.push(await measureStarterBuild(starterDirectory, env));
    }
  }
  if (!options.skip.has('build')) {
    result.coldBuild = summarizeBuilds(cold, countPrerenderedArticles(projectRoot));
    result.outputSize = measureOutputSize(projectRoot);
    if (starterDirectory) {
      result.starter = {
        ...result.starter,
        coldBuild: summarizeBuilds(starterCold, countPrerenderedArticles(starterDirectory)),
      };
    }
  }
  if (options.skip.has('warm')) return;
  const warm: BuildSample[] = [];
  for (let run = 1; run <= options.runs; run += 1) {
    const slug = editOneArticle(contentRoot, run);
    console.log(`[warm] rebuild ${run}/${options.runs} after editing ${slug}`);
    warm.push(await measureBuild(projectRoot, env));
  }
  result.warmBuild = summarizeBuilds(warm, countPrerenderedArticles(projectRoot));
}

async function runServerSteps(
  options: BenchOptions,
  env: NodeJS.ProcessEnv,
  corpus: Corpus,
  result: BenchResult,
) {
  console.log(`[serve] next start on 127.0.0.1:${options.port}`);
  const server = await startServer(projectRoot, options.port, env);
  try {
    const articlePath = `/articles/${SEED_SLUG}`;
    // The first page rendered by a fresh server also reads the content index; the second shows
    // what rendering one more article costs.
    const [oldest, nextOldest] = corpus.oldestSlugs.map((slug) => `/articles/${slug}`);
    console.log(`[first request] ${oldest} then ${nextOldest}`);
    result.firstRequest = await measureFirstRequest(server.origin, oldest ?? '/');
    result.nextFirstRequest = await measureFirstRequest(server.origin, nextOldest ?? '/');
    if (!options.skip.has('weight')) {
      console.log(`[weight] ${articlePath}`);
      result.weight = await measurePageWeight(server.origin, articlePath, projectRoot);
    }
    if (!options.skip.has('load')) {
      const wanted = options.urls.length > 0 ? options.urls : listDefaultUrls(SEED_SLUG, 'huawei');
      const { existing, missing } = await filterExistingUrls(server.origin, wanted);
      for (const url of missing)
        console.log(`[load] skipping ${url.name} (${url.path}): 404 on this build`);
      result.skippedUrls = missing;
      result.load = [];
      for (const url of existing) {
        for (const connections of options.connections) {
          console.log(
            `[load] ${url.name} ${url.path}, ${connections} connections, ${options.runs} × ${options.duration} s`,
          );
          result.load.push(
            await measureLoad(server.origin, url, {
              connections,
              duration: options.duration,
              runs: options.runs,
            }),
          );
        }
      }
    }
    if (!options.skip.has('lighthouse')) {
      console.log(`[lighthouse] ${articlePath}, mobile, ${options.lighthouseRuns} runs`);
      await waitUntilIdle(server.origin);
      result.lighthouse = await measureLighthouse(
        `${server.origin}${articlePath}`,
        options.lighthouseRuns,
      );
    }
  } finally {
    await server.stop();
  }
}

/** Serves the starter's build and measures its article exactly as the site's was measured. */
async function runStarterServerSteps(
  options: BenchOptions,
  env: NodeJS.ProcessEnv,
  starterDirectory: string,
  result: BenchResult,
) {
  console.log(`[starter] next start on 127.0.0.1:${options.port}`);
  const server = await startServer(projectRoot, options.port, env, starterDirectory);
  try {
    const articlePath = `/articles/${SEED_SLUG}`;
    const starter = { ...result.starter };
    if (!options.skip.has('weight')) {
      starter.weight = await measurePageWeight(server.origin, articlePath, starterDirectory);
    }
    if (!options.skip.has('load')) {
      starter.load = [];
      for (const connections of options.connections) {
        console.log(`[starter] load ${articlePath}, ${connections} connections`);
        starter.load.push(
          await measureLoad(
            server.origin,
            { name: 'article', path: articlePath },
            { connections, duration: options.duration, runs: options.runs },
          ),
        );
      }
    }
    result.starter = starter;
  } finally {
    await server.stop();
  }
}

function saveResult(options: BenchOptions, result: BenchResult): string {
  const markdown = formatMarkdown(result);
  const directory = path.resolve(projectRoot, options.outDir);
  fs.mkdirSync(directory, { recursive: true });
  const name = `${result.date.replace(/[:.]/g, '-')}-n${options.count}`;
  fs.writeFileSync(path.join(directory, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(path.join(directory, `${name}.md`), `${markdown}\n`);
  console.log(`\n${markdown}\n\nSaved ${path.relative(projectRoot, directory)}/${name}.{json,md}`);
  return markdown;
}

async function main() {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  console.log(`[corpus] generating ${options.count} articles (seed ${options.seed})`);
  const corpus = createCorpus(options);
  const env = { ...process.env, CONTENT_DIR: corpus.root, NEXT_TELEMETRY_DISABLED: '1' };
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: readMachineInfo(projectRoot),
    settings: {
      articles: options.count,
      seed: options.seed,
      runs: options.runs,
      duration: options.duration,
      prerenderLimit: process.env.PRERENDER_LIMIT ?? '(default)',
    },
    corpus: { articles: options.count, megabytes: corpus.megabytes },
  };
  let starterDirectory: string | undefined;
  try {
    const serverSteps = ['load', 'weight', 'lighthouse'].some((step) => !options.skip.has(step));
    if (!options.skip.has('starter')) {
      console.log('[starter] copying the plain markdown starter and installing its dependencies');
      starterDirectory = prepareStarter(projectRoot);
    }
    if (!options.skip.has('build') || serverSteps || !options.skip.has('publish'))
      await runBuilds(options, env, corpus.root, result, starterDirectory);
    if (serverSteps) await runServerSteps(options, env, corpus, result);
    if (starterDirectory && ['load', 'weight'].some((step) => !options.skip.has(step)))
      await runStarterServerSteps(options, env, starterDirectory, result);
    if (!options.skip.has('weight')) {
      // Built in its own folder, so the benchmark's .next is left as it is.
      console.log('[weight] framework baseline: an empty Next app, built and served');
      result.baselineWeight = await measureFrameworkBaseline(projectRoot, options.port);
    }
    if (!options.skip.has('publish')) {
      // Last: it adds articles to the corpus and edits the oldest one.
      result.publish = await measurePublish({
        projectRoot,
        contentRoot: corpus.root,
        port: options.port,
        env,
        oldSlug: corpus.oldestSlugs[0],
        section: 'mobile',
        author: 'la-redaction',
        runs: options.publishRuns,
        reloads: options.reloads,
      });
    }
    saveResult(options, result);
    console.log('Note: .next now holds the benchmark build; run npm run build before npm start.');
  } finally {
    if (options.keep) {
      console.log(
        `Corpus kept in ${corpus.root}; starter build kept in ${starterDirectory ?? '(none)'}`,
      );
    } else {
      fs.rmSync(corpus.root, { recursive: true, force: true });
      if (starterDirectory) removeStarter(starterDirectory);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
