import { GraphQLError } from '../graphql-js.ts';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { checkId, checkRange, checkTypes, checkYears, endOfDate, startOfDate } from '../limits/args.ts';
import { DateScalar, isIsoDate } from '../scalars.ts';

function codeOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions.code : `not a GraphQLError: ${String(err)}`;
  }
  return 'no error';
}

describe('cursors', () => {
  it('round-trip and are opaque', () => {
    const c = encodeCursor('e', ['Kenya', 'state:KEN']);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(c).not.toContain('Kenya');
    expect(decodeCursor('e', c, 'after', 2)).toEqual(['Kenya', 'state:KEN']);
  });
  it('reject forged, damaged, foreign and wrong-shape cursors with BAD_USER_INPUT', () => {
    const other = encodeCursor('r', ['MEMBER_OF|a|b']);
    for (const bad of ['', 'not base64!', 'eyJ9', other, Buffer.from('["e", 1, 2]').toString('base64url'), 'A'.repeat(1000)]) {
      expect(
        codeOf(() => decodeCursor('e', bad, 'after', 2)),
        bad.slice(0, 20),
      ).toBe('BAD_USER_INPUT');
    }
  });
  it('treat null as the first page', () => {
    expect(decodeCursor('r', null)).toBeNull();
  });
});

describe('argument checks', () => {
  it('reject out-of-range sizes instead of clamping them', () => {
    expect(checkRange('first', undefined, { min: 1, max: 100 }, 20)).toBe(20);
    expect(checkRange('first', 100, { min: 1, max: 100 }, 20)).toBe(100);
    for (const v of [0, -1, 101, 1e9]) expect(codeOf(() => checkRange('first', v, { min: 1, max: 100 }, 20))).toBe('BAD_USER_INPUT');
  });
  it('accept any DOI-like id but refuse control characters and huge ids', () => {
    expect(checkId('id', 'paper:10.1093/jcsl/krw011')).toBe('paper:10.1093/jcsl/krw011');
    expect(codeOf(() => checkId('id', ''))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkId('id', 'a\u0000b'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkId('id', 'x'.repeat(301)))).toBe('BAD_USER_INPUT');
  });
  it('accept relationship type names only in their stored spelling', () => {
    expect(checkTypes('types', ['MEMBER_OF', 'MEMBER_OF'])).toEqual(['MEMBER_OF']);
    expect(codeOf(() => checkTypes('types', ['MEMBER_OF`]->() DETACH DELETE n //']))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(() =>
        checkTypes(
          'types',
          Array.from({ length: 51 }, (_, i) => `T${i}`),
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });
  it('turn years into strings and refuse impossible ones', () => {
    expect(checkYears('years', [2015, 2021])).toEqual(['2015', '2021']);
    expect(codeOf(() => checkYears('years', [15]))).toBe('BAD_USER_INPUT');
  });
  it('read partial dates as their first day, and their last day for upper bounds', () => {
    expect(startOfDate('2015')).toBe('2015-01-01');
    expect(startOfDate('2015-07')).toBe('2015-07-01');
    expect(startOfDate('2015-07-22')).toBe('2015-07-22');
    expect(endOfDate('2015')).toBe('2015-12-31');
    expect(endOfDate('2015-02')).toBe('2015-02-31');
    // The string bounds order stored partial dates correctly.
    expect('2015' <= startOfDate('2015')!).toBe(true);
    expect('2015-12' <= endOfDate('2015')!).toBe(true);
  });
});

describe('Date scalar', () => {
  it.each(['2001', '2001-11', '2001-11-23', '2024-02-29'])('accepts %s', (d) => {
    expect(isIsoDate(d)).toBe(true);
    expect(DateScalar.parseValue(d)).toBe(d);
  });
  it.each(['', '01', '2001-13', '2001-02-30', '2023-02-29', '2001-1-1', "2001' OR 1=1", '2001-11-23T00:00', 2001])('rejects %j', (d) => {
    expect(codeOf(() => DateScalar.parseValue(d))).toBe('BAD_USER_INPUT');
  });
});
