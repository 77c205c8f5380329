import { respondWithIndexNowKey } from '@/lib/indexing/key-file';

// next.config rewrites `/<key>.txt` here: the key changes with the environment, not the build.
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ key: string }> };

/** IndexNow's key file: the key as text when it is the configured one, else 404. */
export async function GET(_request: Request, { params }: Context) {
  return respondWithIndexNowKey((await params).key);
}
