// Tools for the newsroom's machines: new-article scaffold, file watcher, redirects from former slugs.
export {
  writeArticleDraft,
  type DraftRequest,
  type DraftResult,
} from '@/lib/content/editor/scaffold';
export { watchContent } from '@/lib/content/editor/watch';
