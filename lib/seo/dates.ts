import { parseIsoDate, toParisIsoString } from '@/lib/format/dates';

/**
 * A frontmatter date as machines want it: ISO 8601 / RFC 3339 with seconds and the Paris offset
 * (`2018-01-09T18:30:00+01:00`). Frontmatter may omit the seconds, which RFC 3339 requires.
 */
export function toMachineDate(value: string): string {
  return toParisIsoString(parseIsoDate(value));
}
