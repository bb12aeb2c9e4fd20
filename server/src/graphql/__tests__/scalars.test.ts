/** The Date scalar refuses years it cannot mean (more than four digits) as bad input, never as an internal error. */
import { describe, expect, it } from 'vitest';
import { GraphQLError, Kind } from '../graphql-js.ts';
import { DateScalar, isIsoDate } from '../scalars.ts';

function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions.code : `not a GraphQLError: ${String(err)}`;
  }
  return 'accepted';
}

describe('Date', () => {
  it('refuses oversized years as BAD_USER_INPUT, as a variable or a literal', () => {
    for (const value of ['99999', '275760-09-14', '+002015-01-01', '10000-01-01', '999999999999999999999-01-01']) {
      expect(isIsoDate(value), value).toBe(false);
      expect(refusal(() => DateScalar.parseValue(value)), value).toBe('BAD_USER_INPUT');
      expect(refusal(() => DateScalar.parseLiteral({ kind: Kind.STRING, value }, {})), value).toBe('BAD_USER_INPUT');
    }
    expect(refusal(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '99999999999999999999' }, {}))).toBe('BAD_USER_INPUT');
    expect(refusal(() => DateScalar.parseValue(1e308))).toBe('BAD_USER_INPUT');
  });

  it('accepts the four-digit forms the data uses', () => {
    for (const value of ['2015-07-22', '2001-11', '2001', '9999-12-31']) expect(DateScalar.parseValue(value)).toBe(value);
  });
});
