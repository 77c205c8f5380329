import fs from 'node:fs';
import path from 'node:path';

/** Total size in bytes of the files under a folder (0 when it does not exist). */
export function measureFolderBytes(folder: string): number {
  if (!fs.existsSync(folder)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    total += entry.isDirectory() ? measureFolderBytes(full) : fs.statSync(full).size;
  }
  return total;
}

/** Disk used by a build: all of `.next`, and the prerendered article pages alone. */
export interface OutputSize {
  nextMegabytes: number;
  articlePagesMegabytes: number;
}

const megabytes = (bytes: number) => Number((bytes / 1e6).toFixed(1));

/** Measures the last build's output in `projectRoot/.next`. */
export function measureOutputSize(projectRoot: string): OutputSize {
  const next = path.join(projectRoot, '.next');
  return {
    nextMegabytes: megabytes(measureFolderBytes(next)),
    articlePagesMegabytes: megabytes(measureFolderBytes(path.join(next, 'server/app/articles'))),
  };
}
