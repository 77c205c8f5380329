/** One new entry as the live JSON route sends it: its anchor, time (epoch ms) and HTML. */
export interface LiveEntryUpdate {
  id: string;
  time: number;
  html: string;
}

/** The answer of `/articles/<slug>/direct.json?depuis=<ms>`: entries newer than `depuis`. */
export interface LiveUpdatesResponse {
  /** False once the coverage has ended: clients stop asking. */
  live: boolean;
  /** Newest first. */
  entries: LiveEntryUpdate[];
}

/** The query parameter carrying the time (epoch ms) of the newest entry a page already has. */
export const LIVE_SINCE_PARAM = 'depuis';

/** Reads a live JSON answer, refusing anything of another shape (the client trusts no input). */
export function readLiveUpdatesResponse(value: unknown): LiveUpdatesResponse | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const live: unknown = Reflect.get(value, 'live');
  const entries: unknown = Reflect.get(value, 'entries');
  if (typeof live !== 'boolean' || !Array.isArray(entries)) return undefined;
  const valid: LiveEntryUpdate[] = [];
  for (const entry of entries as unknown[]) {
    if (typeof entry !== 'object' || entry === null) return undefined;
    const id: unknown = Reflect.get(entry, 'id');
    const time: unknown = Reflect.get(entry, 'time');
    const html: unknown = Reflect.get(entry, 'html');
    if (typeof id !== 'string' || typeof time !== 'number' || typeof html !== 'string')
      return undefined;
    valid.push({ id, time, html });
  }
  return { live, entries: valid };
}
