/** Header that may carry the preview secret (scripts, CI), instead of the form field. */
export const PREVIEW_SECRET_HEADER = 'x-preview-secret';

/** What a preview request asks for: the secret (header or form) and the article's slug. */
export interface PreviewRequest {
  secret: string | null;
  slug: string;
}

/**
 * Reads a `POST /api/preview`: the secret from the `X-Preview-Secret` header or the `secret`
 * form field, never from the query string (it would land in logs and history); the slug from
 * the form or the query. Undefined when the body is not a form.
 */
export async function readPreviewRequest(request: Request): Promise<PreviewRequest | undefined> {
  const query = new URL(request.url).searchParams;
  let form: FormData | undefined;
  if (request.headers.get('content-type')) {
    try {
      form = await request.formData();
    } catch {
      return undefined;
    }
  }
  const field = (name: string) => {
    const value = form?.get(name);
    return typeof value === 'string' ? value : null;
  };
  return {
    secret: request.headers.get(PREVIEW_SECRET_HEADER) ?? field('secret'),
    slug: field('slug') ?? query.get('slug') ?? '',
  };
}
