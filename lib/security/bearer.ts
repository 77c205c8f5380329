import { createHash, timingSafeEqual } from 'node:crypto';

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function readBearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1];
}

/**
 * Compares a candidate with a secret in constant time. Both sides are hashed first, so the
 * comparison takes as long whatever the candidate's length.
 */
export function matchesSecret(candidate: string | undefined, secret: string): boolean {
  if (candidate === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(candidate), digest(secret));
}
