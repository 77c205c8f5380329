/** Newsroom time zone: every date shown to readers is in Paris time. */
export const SITE_TIME_ZONE = 'Europe/Paris';

const longDate = new Intl.DateTimeFormat('fr-FR', {
  timeZone: SITE_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const clockTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: SITE_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * The latest of ISO dates, compared as instants (the first of equal ones wins), or undefined when
 * there is none: when an article last changed, or when a list of articles did.
 */
export function latestDate(dates: Iterable<string | undefined>): string | undefined {
  let latest: string | undefined;
  for (const date of dates) {
    if (date && (latest === undefined || Date.parse(date) > Date.parse(latest))) latest = date;
  }
  return latest;
}

/** Parses an ISO 8601 date; a plain `YYYY-MM-DD` is read as that day at noon in Paris. */
export function parseIsoDate(value: string): Date {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  // Noon keeps a date-only value on the same calendar day whatever the offset (+01:00 or +02:00).
  return new Date(dateOnly ? `${value}T12:00:00+01:00` : value);
}

/**
 * « 9 janvier 2018 », « 1er mars 2026 »: the French long date in Paris time, its words joined by
 * no-break spaces (U+00A0) so that a date never breaks across lines.
 */
export function formatDate(value: string | Date): string {
  const date = typeof value === 'string' ? parseIsoDate(value) : value;
  const parts = longDate.formatToParts(date);
  return parts
    .map((part) => {
      if (part.type === 'day' && part.value === '1') return '1er';
      return part.type === 'literal' ? part.value.replace(/\s/g, '\u00A0') : part.value;
    })
    .join('');
}

/** « 18 h 30 »: French clock time in Paris, with no-break spaces (U+00A0) around the « h ». */
export function formatTime(value: string | Date): string {
  const date = typeof value === 'string' ? parseIsoDate(value) : value;
  const parts = clockTime.formatToParts(date);
  const hour = parts.find((part) => part.type === 'hour')?.value ?? '00';
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
  return `${hour}\u00A0h\u00A0${minute}`;
}

/** True when the text is a real calendar date in ISO form (`2026-02-30` is not). */
export function isRealCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day
  );
}

/** `2026-11-28T14:05:00+01:00`: an instant written in Paris local time with its offset. */
export function toParisIsoString(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: SITE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? '';
  const offset = get('timeZoneName').replace('GMT', '') || '+00:00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}${offset}`;
}
