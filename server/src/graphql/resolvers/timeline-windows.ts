/**
 * The windows a timeline call reads in turn (issue 16): a call over years asks first for a month
 * from `from`, and widens (4, 16, 64 … months) only when that window holds fewer than the rows
 * asked for, ending with `to` itself.
 *
 * Why this returns the same rows as one read of [from, to]: timeline.cypher orders by the padded
 * day first, and every row of a window [from, end] has a day on or before `end`, while every row
 * outside it has a later day (a stored partial date pads to its first day, and `s <= end` as
 * strings exactly when the padded `s <= end`, for a full date `end`). So when the window holds at
 * least `first` rows, the first `first` of [from, to] are all in it. Each answer is one query's
 * rows, so a call never mixes two versions of the data. Without `from` there is no start to
 * measure from: one read of the whole range, as before.
 */

/** Window lengths in months: each try reads about four times more of the calendar. */
const GROWTH = 4;

/**
 * The window ends to try, in order; the last is `to` (null: no upper bound).
 * `from` is a full ISO date or null, `to` a full ISO date or null (limits/args.ts widened it).
 *
 * @example timelineWindows('2001-01-01', '2003-12-31') // ['2001-01-31', '2001-04-30', '2002-04-30', '2003-12-31']
 */
export function timelineWindows(from: string | null, to: string | null): (string | null)[] {
  if (!from) return [to];
  const ends: (string | null)[] = [];
  // 64 years of windows at most; beyond that the last window is the whole rest of the range.
  for (let months = 1; months <= 4 ** 5; months *= GROWTH) {
    const end = lastDayBefore(from, months);
    if (to !== null && end >= to) break;
    ends.push(end);
  }
  ends.push(to);
  return ends;
}

/** The day before `from` plus `months` months, as an ISO date (`from` a full ISO date). */
function lastDayBefore(from: string, months: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  // Date.UTC carries an overflowing month or day into the next year or month.
  const next = new Date(Date.UTC(y, m - 1 + months, d) - 86_400_000);
  return next.toISOString().slice(0, 10);
}
