import fs from 'node:fs';
import path from 'node:path';

/**
 * Every file under `public/`, as the site path it is served at (`/images/x.jpg`), so that the
 * content check can tell a link to a static file from a dead one without building a path.
 */
export function listPublicFiles(root = path.join(process.cwd(), 'public')): Set<string> {
  const files = new Set<string>();
  const walk = (directory: string, prefix: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) walk(path.join(directory, entry.name), `${prefix}/${entry.name}`);
      else if (entry.isFile()) files.add(`${prefix}/${entry.name}`);
    }
  };
  walk(root, '');
  return files;
}
