// Relative, not `@/`: next.config.ts loads this file (for its start-up warnings) without the alias.
import { frIndexing } from '../i18n/fr-indexing';

type Env = Readonly<Record<string, string | undefined>>;

/** IndexNow's own rule for a key: 8 to 128 letters, digits and dashes. */
const INDEXNOW_KEY = /^[A-Za-z0-9-]{8,128}$/;

/** Where IndexNow notifications go unless `INDEXNOW_ENDPOINT` names another endpoint. */
export const DEFAULT_INDEXNOW_ENDPOINT = 'https://api.indexnow.org/indexnow';

/** IndexNow, when `INDEXNOW_KEY` is set to a valid key. */
export interface IndexNowConfig {
  key: string;
  endpoint: string;
}

function isHttpUrl(value: string): boolean {
  return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
}

/** The IndexNow settings, or undefined when it is off (no key, an invalid key or endpoint). */
export function readIndexNowConfig(env: Env = process.env): IndexNowConfig | undefined {
  const key = env.INDEXNOW_KEY;
  const endpoint = env.INDEXNOW_ENDPOINT || DEFAULT_INDEXNOW_ENDPOINT;
  if (!key || !INDEXNOW_KEY.test(key) || !isHttpUrl(endpoint)) return undefined;
  return { key, endpoint };
}

/** The WebSub hub from `WEBSUB_HUB`, or undefined when it is unset or not an http(s) URL. */
export function readWebSubHub(env: Env = process.env): string | undefined {
  const hub = env.WEBSUB_HUB;
  return hub && isHttpUrl(hub) ? new URL(hub).href : undefined;
}

/** True when IndexNow or WebSub is configured: otherwise nothing needs to be worked out. */
export function isPushIndexingEnabled(env: Env = process.env): boolean {
  return Boolean(readIndexNowConfig(env) ?? readWebSubHub(env));
}

/**
 * French warnings for push-indexing variables that are set but unusable (each then stays off).
 * The key itself is never repeated: only its length.
 */
export function getPushIndexingWarnings(env: Env = process.env): string[] {
  const warnings: string[] = [];
  const key = env.INDEXNOW_KEY;
  if (key && !INDEXNOW_KEY.test(key)) warnings.push(frIndexing.invalidKey(key.length));
  if (key && env.INDEXNOW_ENDPOINT && !isHttpUrl(env.INDEXNOW_ENDPOINT))
    warnings.push(frIndexing.invalidEndpoint);
  if (env.WEBSUB_HUB && !isHttpUrl(env.WEBSUB_HUB)) warnings.push(frIndexing.invalidHub);
  return warnings;
}
