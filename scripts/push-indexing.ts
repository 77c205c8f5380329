/**
 * `postbuild`: after a successful `npm run build`, submits to IndexNow the articles published,
 * edited or withdrawn since the previous build, and announces their feeds to the WebSub hub
 * (INDEXNOW_KEY, WEBSUB_HUB; nothing happens when neither is set). The previous build's list of
 * published article URLs and file hashes is kept in .next/cache; the first build only records it.
 * A far side that fails or does not answer within 5 s is logged; the build still succeeds.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getNow, getPublishedArticles, getSections } from '@/lib/content';
import { createManifest, diffManifests, parseManifest } from '@/lib/indexing/build-manifest';
import { isPushIndexingEnabled, pushPublishedChanges } from '@/lib/indexing/push';
import { frIndexing } from '@/lib/i18n/fr-indexing';
import { getSiteUrl } from '@/lib/seo/site';

const MANIFEST_FILE = path.join(process.cwd(), '.next', 'cache', 'manchette', 'published.json');

// An unusable INDEXNOW_KEY or WEBSUB_HUB was reported by next.config in the build's output.
if (isPushIndexingEnabled()) {
  const readText = (file: string) =>
    fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  const previous = parseManifest(readText(MANIFEST_FILE));
  const manifest = createManifest(getPublishedArticles(), {
    site: getSiteUrl(),
    now: getNow(),
    sections: getSections().map((section) => section.slug),
    hashArticle: (article) =>
      createHash('sha256').update(fs.readFileSync(article.sourcePath)).digest('hex'),
  });
  fs.mkdirSync(path.dirname(MANIFEST_FILE), { recursive: true });
  fs.writeFileSync(MANIFEST_FILE, JSON.stringify(manifest));
  if (previous?.site === manifest.site)
    await pushPublishedChanges(diffManifests(previous, manifest));
  else console.info(frIndexing.baseline(Object.keys(manifest.articles).length));
}
