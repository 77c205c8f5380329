import fs from 'node:fs';
import { getContentRoot } from '@/lib/content/source';

/**
 * Calls `onChange` (debounced) whenever a file under the content root is written, added or
 * removed. Used by the dev-only live reload; returns a function that stops watching.
 */
export function watchContent(onChange: () => void, debounceMs = 100): () => void {
  let timer: NodeJS.Timeout | undefined;
  const watcher = fs.watch(getContentRoot(), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
