/**
 * Dates that keep their precision. `2020-12` is a month: a fact dated so began at some unknown day
 * of December 2020, so on 15 December 2020 we cannot tell whether it held yet; on 1 January 2021
 * we can. An absent date is unknown, never "always".
 *
 * @example
 * relation('2020-12', '2020-12-15'); // 'uncertain'
 * relation('2020-12', '2021-01-01'); // 'before' (the fact's date is before the day asked about)
 * relation(null, '2021-01-01');      // 'unknown'
 */

export type Precision = 'day' | 'month' | 'year';

export interface DateSpan {
  /** First and last day the date may stand for (ISO days). */
  first: string;
  last: string;
  precision: Precision;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The days a (possibly partial) ISO date may stand for; null for no date or a malformed one. */
export function span(date: string | null | undefined): DateSpan | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date ?? '');
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return { first: date!, last: date!, precision: 'day' };
  if (mo) return { first: `${y}-${mo}-01`, last: `${y}-${mo}-${String(lastDayOfMonth(Number(y), Number(mo))).padStart(2, '0')}`, precision: 'month' };
  return { first: `${y}-01-01`, last: `${y}-12-31`, precision: 'year' };
}

/** Where a fact's date stands to the day asked about: on or before it, after it, either (partial date), or unknown. */
export type DateRelation = 'before' | 'after' | 'uncertain' | 'unknown';

export function relation(date: string | null | undefined, asOf: string): DateRelation {
  const s = span(date);
  if (!s) return 'unknown';
  if (s.last <= asOf) return 'before';
  if (s.first > asOf) return 'after';
  return 'uncertain';
}

/** "1 December 2026", "December 2020", "2020": a date as a sentence writes it. */
export function spoken(date: string): string {
  const s = span(date);
  if (!s) return date;
  const [y, mo, d] = date.split('-');
  const month = mo ? new Date(Date.UTC(2000, Number(mo) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }) : '';
  if (s.precision === 'day') return `${Number(d)} ${month} ${y}`;
  if (s.precision === 'month') return `${month} ${y}`;
  return y!;
}

/** Today as an ISO day (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * How sure we are that a fact held on a day: its date is KNOWN (and on or before the day),
 * UNKNOWN (a dated kind of fact without a date), UNCERTAIN (a month or year that straddles the
 * day), or the fact is TIMELESS (the structure between duties, a state: not dated by nature).
 *
 * @example
 * dateStatus('2021-03', true, '2021-03-15'); // 'UNCERTAIN'
 * dateStatus(null, true, '2021-03-15');      // 'UNKNOWN'
 */
export type DateStatus = 'KNOWN' | 'UNKNOWN' | 'UNCERTAIN' | 'TIMELESS';

export function dateStatus(validFrom: string | null | undefined, dated: boolean, asOf: string | null | undefined): DateStatus {
  if (!dated) return 'TIMELESS';
  if (!span(validFrom)) return 'UNKNOWN';
  return asOf && relation(validFrom, asOf) === 'uncertain' ? 'UNCERTAIN' : 'KNOWN';
}
