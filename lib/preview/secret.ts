import { createHash, timingSafeEqual } from 'node:crypto';

/** Shortest `PREVIEW_SECRET` accepted: 32 characters, about 190 bits of random base64. */
export const MIN_PREVIEW_SECRET_LENGTH = 32;

/** Whether preview is on, off (no secret), or refused because the secret is too short. */
export type PreviewSecretState =
  { kind: 'on'; secret: string } | { kind: 'off' } | { kind: 'too-short' };

/** Reads the server-only `PREVIEW_SECRET`: preview is off when it is unset or too short. */
export function getPreviewSecretState(
  env: Readonly<Record<string, string | undefined>> = process.env,
): PreviewSecretState {
  const secret = env.PREVIEW_SECRET;
  if (!secret) return { kind: 'off' };
  if (secret.length < MIN_PREVIEW_SECRET_LENGTH) return { kind: 'too-short' };
  return { kind: 'on', secret };
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
