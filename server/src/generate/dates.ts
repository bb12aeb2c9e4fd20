/**
 * Date arithmetic on ISO day strings. The generator builds every later date (ratification after
 * signature, denunciation after entry into force) by adding days to an earlier one, so the
 * validator's "until is before since" check can never fire on generated data.
 *
 * @example
 * addDays('2001-11-23', 10); // '2001-12-03'
 */

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The later of two ISO dates (string order is date order for full YYYY-MM-DD). */
export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** Clamps a date to the last day we generate, so nothing lies in the future of the corpus. */
export const LAST_DAY = '2025-06-30';
export function clampDate(iso: string): string {
  return iso > LAST_DAY ? LAST_DAY : iso;
}
