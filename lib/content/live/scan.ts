import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '@/lib/content/live/state';

/** What a rescan found: every content file now, and which paths differ from before. */
export interface ContentScan {
  files: Map<string, SourceFile>;
  /** Added or modified files (their text differs). */
  changed: Set<string>;
  /** Files that are gone. */
  removed: Set<string>;
}

/** Every file the index reads: `articles/*.mdx`, `authors/*.yaml` and `sections.yaml`. */
export function listContentFiles(root: string): string[] {
  const list = (folder: string, extension: string) => {
    const directory = path.join(root, folder);
    if (!fs.existsSync(directory)) return [];
    return fs
      .readdirSync(directory, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
      .map((entry) => path.join(directory, entry.name));
  };
  const sections = path.join(root, 'sections.yaml');
  return [
    ...list('articles', '.mdx'),
    ...list('authors', '.yaml'),
    ...(fs.existsSync(sections) ? [sections] : []),
  ].sort();
}

/**
 * Stats every content file and reads only those whose size or modification time changed since
 * `previous`; of those, only the ones whose hash changed count as changed. A file that vanishes
 * between the listing and the read (an editor's atomic save) counts as removed until the next
 * scan sees it again.
 */
export function scanContent(root: string, previous: ReadonlyMap<string, SourceFile>): ContentScan {
  const files = new Map<string, SourceFile>();
  const changed = new Set<string>();
  for (const file of listContentFiles(root)) {
    let stat: fs.Stats;
    let text: string | undefined;
    try {
      stat = fs.statSync(file);
      const before = previous.get(file);
      if (before && before.size === stat.size && before.mtimeMs === stat.mtimeMs) {
        files.set(file, before);
        continue;
      }
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const hash = createHash('sha1').update(text).digest('hex');
    const before = previous.get(file);
    files.set(file, {
      size: stat.size,
      mtimeMs: stat.mtimeMs,
      hash,
      text: before?.hash === hash ? before.text : text,
    });
    if (before?.hash !== hash) changed.add(file);
  }
  const removed = new Set([...previous.keys()].filter((file) => !files.has(file)));
  return { files, changed, removed };
}
