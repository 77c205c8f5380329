import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The machine a result was measured on, so that figures are never compared blindly. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  next: string;
  /** 1-minute load average when the benchmark started: above 0.5 others were using the CPUs. */
  loadAverageAtStart: number;
}

/** Reads the CPU, memory and versions of this machine. */
export function readMachineInfo(projectRoot: string): MachineInfo {
  const nextPackage: unknown = JSON.parse(
    fs.readFileSync(path.join(projectRoot, 'node_modules/next/package.json'), 'utf8'),
  );
  const nextVersion =
    typeof nextPackage === 'object' && nextPackage !== null && 'version' in nextPackage
      ? String(nextPackage.version)
      : 'unknown';
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    next: nextVersion,
    loadAverageAtStart: Number((os.loadavg()[0] ?? 0).toFixed(2)),
  };
}

/**
 * Number of article pages the last build prerendered (from its prerender manifest): `/articles/x`
 * only, not the routes below it such as an article's Open Graph image.
 */
export function countPrerenderedArticles(projectRoot: string): number {
  const manifest: unknown = JSON.parse(
    fs.readFileSync(path.join(projectRoot, '.next/prerender-manifest.json'), 'utf8'),
  );
  const routes =
    typeof manifest === 'object' && manifest !== null && 'routes' in manifest
      ? manifest.routes
      : {};
  return Object.keys(typeof routes === 'object' && routes !== null ? routes : {}).filter((route) =>
    /^\/articles\/[^/]+$/.test(route),
  ).length;
}
