import { SITE_TIME_ZONE } from '@/lib/format/dates';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * The anchor of a live entry, from its time alone (Paris time): `entree-2026-12-02-10h42`, with
 * `-30s` when seconds are given. Adding, editing or removing other entries never changes it;
 * content:check refuses two entries at the same instant.
 */
export function getEntryAnchor(time: string): string {
  const values = Object.fromEntries(
    parts.formatToParts(new Date(time)).map((part) => [part.type, part.value]),
  );
  const seconds = values.second && values.second !== '00' ? `-${values.second}s` : '';
  return `entree-${values.year}-${values.month}-${values.day}-${values.hour}h${values.minute}${seconds}`;
}
