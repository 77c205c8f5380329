import { describe, expect, it } from 'vitest';
import { formatDate, formatTime, isRealCalendarDate } from '@/lib/format/dates';

describe('formatDate (fr-FR, Europe/Paris)', () => {
  it('writes the seed tweet date the French way, with no-break spaces', () => {
    expect(formatDate('2018-01-09')).toBe('9\u00A0janvier\u00A02018');
  });

  it('uses the Paris calendar day, not the UTC or the writer one', () => {
    // 23:30 in New York on 9 January is 05:30 on 10 January in Paris.
    expect(formatDate('2018-01-09T23:30:00-05:00')).toBe('10\u00A0janvier\u00A02018');
    // 00:30 in Paris is still 23:30 UTC the day before: Paris wins.
    expect(formatDate('2018-01-09T00:30:00+01:00')).toBe('9\u00A0janvier\u00A02018');
    // Summer time: 23:30 UTC on 30 June is 01:30 on 1 July in Paris (UTC+2).
    expect(formatDate('2026-06-30T23:30:00Z')).toBe('1er\u00A0juillet\u00A02026');
    // Winter time: 23:30 UTC on 31 December is already the new year in Paris.
    expect(formatDate('2025-12-31T23:30:00Z')).toBe('1er\u00A0janvier\u00A02026');
  });

  it('keeps date-only values on their day in both DST periods', () => {
    expect(formatDate('2026-03-29')).toBe('29\u00A0mars\u00A02026');
    expect(formatDate('2026-10-25')).toBe('25\u00A0octobre\u00A02026');
  });

  it('formats the time with the French « h » separator', () => {
    expect(formatTime('2018-01-09T18:30:00+01:00')).toBe('18\u00A0h\u00A030');
    expect(formatTime('2026-07-01T06:05:00Z')).toBe('08\u00A0h\u00A005');
  });
});

describe('isRealCalendarDate', () => {
  it('refuses dates that do not exist', () => {
    expect(isRealCalendarDate('2026-02-30')).toBe(false);
    expect(isRealCalendarDate('2025-02-29')).toBe(false);
    expect(isRealCalendarDate('2024-02-29')).toBe(true);
    expect(isRealCalendarDate('05/01/2026')).toBe(false);
  });
});
