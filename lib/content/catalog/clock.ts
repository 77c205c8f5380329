/**
 * Current time for publication decisions. `MANCHETTE_NOW` (an ISO date) freezes it, so that tests
 * can check scheduling without waiting; it is ignored when it does not parse.
 */
export function getNow(): number {
  const frozen = process.env.MANCHETTE_NOW;
  const parsed = frozen ? Date.parse(frozen) : Number.NaN;
  return Number.isNaN(parsed) ? Date.now() : parsed;
}
