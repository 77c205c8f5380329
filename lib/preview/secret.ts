import { createHash, timingSafeEqual } from 'node:crypto';

/** The preview secret from the server-only `PREVIEW_SECRET`; preview is off when it is unset. */
export function getPreviewSecret(): string | undefined {
  const secret = process.env.PREVIEW_SECRET;
  return secret && secret.length >= 16 ? secret : undefined;
}

/**
 * Compares a candidate with the secret in constant time. Both sides are hashed first, so the
 * comparison takes as long whatever the candidate's length.
 */
export function isPreviewSecret(candidate: string | null, secret: string): boolean {
  if (candidate === null) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(candidate), digest(secret));
}
