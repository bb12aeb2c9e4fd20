/**
 * timeline-windows.ts: the windows a timeline call reads in turn, and the claim they rest on: a
 * window holding at least `first` rows gives the same first rows as the whole range. The claim is
 * checked against timeline.cypher's own rules (pad a partial date to its first day, keep the days
 * in [from, to], order by day, kind of event and name), on dates of every precision.
 */
import { describe, expect, it } from 'vitest';
import { timelineWindows } from '../resolvers/timeline-windows.ts';

describe('timelineWindows', () => {
  it('a month from `from`, then four times longer each time, ending with `to`', () => {
    expect(timelineWindows('2001-01-01', '2003-12-31')).toEqual(['2001-01-31', '2001-04-30', '2002-04-30', '2003-12-31']);
    expect(timelineWindows('2020-12-15', '2021-01-10')).toEqual(['2021-01-10']);
    expect(timelineWindows('2020-01-31', '2020-12-31')).toEqual(['2020-03-01', '2020-05-30', '2020-12-31']);
  });

  it('no `from`: one read of the whole range; no `to`: the last window is unbounded', () => {
    expect(timelineWindows(null, '2001-12-31')).toEqual(['2001-12-31']);
    expect(timelineWindows(null, null)).toEqual([null]);
    const open = timelineWindows('1990-01-01', null);
    expect(open.at(-1)).toBeNull();
    expect(open.slice(0, -1)).toEqual([...open.slice(0, -1)].sort());
  });

  it('the first rows of the first window holding enough are the first rows of the whole range', () => {
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 16807) % 2147483647) % n);
    const pad = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
    const two = (n: number) => String(n + 1).padStart(2, '0');
    const rows = Array.from({ length: 600 }, (_, i) => {
      const y = String(1995 + rnd(10));
      const precision = rnd(3);
      const date = precision === 0 ? y : precision === 1 ? `${y}-${two(rnd(12))}` : `${y}-${two(rnd(12))}-${two(rnd(28))}`;
      return { date, what: ['adoption', 'publication', 'signature'][rnd(3)]!, name: `n${rnd(50)}`, id: i };
    });
    const query = (from: string, to: string | null, limit: number) =>
      rows
        .map((r) => ({ ...r, day: pad(r.date) }))
        .filter((r) => r.day >= from && (to === null || r.day <= to))
        .sort((a, b) => a.day.localeCompare(b.day) || a.what.localeCompare(b.what) || a.name.localeCompare(b.name) || a.id - b.id)
        .slice(0, limit)
        .map((r) => r.id);
    for (const [from, to, first] of [['1995-01-01', '2004-12-31', 50], ['1997-06-15', '1999-02-31', 3], ['1996-03-01', null, 200], ['2003-01-01', '2004-12-31', 500]] as const) {
      let got: number[] = [];
      let reads = 0;
      for (const end of timelineWindows(from, to)) {
        reads++;
        got = query(from, end, first);
        if (got.length >= first) break;
      }
      expect(got, `${from}..${to}, first ${first}`).toEqual(query(from, to, first));
      if (first === 3) expect(reads, 'a short list needs only the first window').toBe(1);
    }
  });
});
