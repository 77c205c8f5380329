import { typesetFrench } from '@/lib/format/typography';

/**
 * A table of interface strings with French typography applied once, at load: every string is
 * typeset, and every function's answer is typeset when it is called. The source keeps plain
 * spaces and straight apostrophes, easy to type and to review.
 */
export function typesetTable<T>(table: T): T {
  return typesetValue(table) as T;
}

function typesetValue(value: unknown): unknown {
  if (typeof value === 'string') return typesetFrench(value);
  if (typeof value === 'function') {
    const original = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => typesetValue(original(...args));
  }
  if (Array.isArray(value)) return value.map(typesetValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, typesetValue(item)]),
    );
  }
  return value;
}
