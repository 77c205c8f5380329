/**
 * True in `next dev` on an editor's machine: drafts and scheduled articles are listed and content
 * errors are shown in the page. Production builds and servers never do either.
 */
export function isEditorMode(): boolean {
  return process.env.NODE_ENV === 'development';
}
