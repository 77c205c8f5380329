import { describe, expect, it } from 'vitest';
import { readMachineInfo } from '@/scripts/bench/machine';
import { formatMarkdown, type BenchResult } from '@/scripts/bench/report';
import { parseBenchOptions } from '@/scripts/bench/options';
import { readTree, runMeasured } from '@/scripts/bench/process-tree';
import { median } from '@/scripts/bench/stats';
import { listModernScripts, type PageWeight } from '@/scripts/bench/weight';

describe('listModernScripts', () => {
  it('counts each external script once and leaves out noModule fallbacks and inline scripts', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script>self.__next_f.push([1,"x"])</script>',
      '<script src="/_next/static/chunks/b.js" async=""></script>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
    ].join('');
    expect(listModernScripts(html)).toEqual([
      '/_next/static/chunks/a.js',
      '/_next/static/chunks/b.js',
    ]);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('process tree sampling', () => {
  it('sees this process with its memory and CPU time', () => {
    const self = readTree(process.pid).get(process.pid);
    expect(self?.rssBytes).toBeGreaterThan(10 * 2 ** 20);
    expect(self?.cpuMs).toBeGreaterThan(0);
  });

  it('counts the memory and CPU time of a command and of the processes it starts', async () => {
    const busyChild = 'let x = 0; const end = Date.now() + 400; while (Date.now() < end) x += 1;';
    const script = `require('node:child_process').execFileSync(process.execPath, ['-e', ${JSON.stringify(busyChild)}]);`;
    const run = await runMeasured(process.execPath, ['-e', script], {
      cwd: process.cwd(),
      env: process.env,
      sampleMs: 50,
    });
    expect(run.code).toBe(0);
    expect(run.peakRssBytes).toBeGreaterThan(60 * 2 ** 20);
    expect(run.cpuMs).toBeGreaterThan(100);
  });
});

describe('parseBenchOptions', () => {
  it('has documented defaults', () => {
    const options = parseBenchOptions([]);
    expect(options).toMatchObject({ count: 1000, runs: 1, duration: 10, connections: [10, 50] });
  });

  it('reads counts, URLs and steps to skip', () => {
    const options = parseBenchOptions([
      '--n',
      '10_000',
      '--url',
      'feed=/feed.xml',
      '--skip',
      'lighthouse,warm',
    ]);
    expect(options).toMatchObject({ count: 10_000, urls: [{ name: 'feed', path: '/feed.xml' }] });
    expect(options !== 'help' && [...options.skip]).toEqual(['lighthouse', 'warm']);
  });

  it('refuses bad values with a message naming the option', () => {
    expect(() => parseBenchOptions(['--n', 'mille'])).toThrow('--n expects a positive integer');
    expect(() => parseBenchOptions(['--url', 'feed.xml'])).toThrow('--url expects name=/path');
    expect(() => parseBenchOptions(['--skip', 'coffee'])).toThrow('unknown step "coffee"');
  });
});

describe('formatMarkdown', () => {
  const weight = (gzip: number, frameworkGzip: number): PageWeight => ({
    path: '/',
    html: { raw: 1000, gzip: 400 },
    js: { raw: gzip * 3, gzip },
    frameworkJs: { raw: frameworkGzip * 3, gzip: frameworkGzip },
    extraJs: { raw: (gzip - frameworkGzip) * 3, gzip: gzip - frameworkGzip },
    scripts: [],
  });
  const result: BenchResult = {
    date: '2026-11-28T12:00:00.000Z',
    machine: readMachineInfo(process.cwd()),
    settings: { articles: 10, seed: 1, runs: 1, duration: 10, prerenderLimit: '(default)' },
    corpus: { articles: 10, megabytes: 0.1 },
    weight: weight(140 * 1024, 131 * 1024),
  };

  it('reports the article JS above an empty Next app when the baseline was measured', () => {
    const withBaseline = formatMarkdown({
      ...result,
      baselineWeight: weight(135 * 1024, 131 * 1024),
    });
    expect(withBaseline).toContain(
      "| Empty Next app's page JS (framework baseline) | 405.0 KiB (135.0 KiB gzip) |",
    );
    expect(withBaseline).toContain(
      '| **Article JS above that baseline** | **15.0 KiB (5.0 KiB gzip)** |',
    );
    expect(formatMarkdown(result)).not.toContain('framework baseline');
  });
});
