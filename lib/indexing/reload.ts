import { after } from 'next/server';
import { getArticle, getSection, getTopic, type ReloadReport } from '@/lib/content';
import { isPushIndexingEnabled } from '@/lib/indexing/config';
import { listFeedPaths, pushPublishedChanges, type PublishedChanges } from '@/lib/indexing/push';
import { articlePath, sectionPath, tagPath } from '@/lib/routes';

/**
 * What a content reload changed for readers: the articles it published or changed (published
 * ones only: a draft or a scheduled article is never named), those readers lost, and the feeds
 * of the site and of the sections and topics involved that still exist. Read right after the
 * reload, while the index is the one the reload built.
 */
export function listReloadChanges(report: ReloadReport): PublishedChanges {
  const published = report.changes.articles.filter((slug) => getArticle(slug));
  const articlePaths = [...published.map(articlePath), ...report.paths.removed];
  if (articlePaths.length === 0) return { articlePaths: [], feedPaths: [] };
  const listings = [
    ...report.changes.sections.filter((slug) => getSection(slug)).map((slug) => sectionPath(slug)),
    ...report.changes.topics.filter((slug) => getTopic(slug)).map((slug) => tagPath(slug)),
  ];
  return { articlePaths, feedPaths: listFeedPaths(listings) };
}

/**
 * Notifies IndexNow and the WebSub hub of a reload's changes once the webhook has answered
 * (Next's `after`): publishing never waits for a search engine. Only callable inside a request.
 */
export function schedulePushIndexing(report: ReloadReport): void {
  if (!report.changed || !isPushIndexingEnabled()) return;
  const changes = listReloadChanges(report);
  if (changes.articlePaths.length === 0) return;
  after(() => pushPublishedChanges(changes));
}
