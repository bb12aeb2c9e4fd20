import { GraphQLError } from '../graphql-js.ts';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { badInput, makeFormatError } from '../errors.ts';

const silent = pino({ level: 'silent' });

/** An error shaped like the driver's Neo4jError (a message and a code). */
function driverError(message: string, code: string): Error & { code: string } {
  return Object.assign(new Error(message), { name: 'Neo4jError', code });
}

describe('formatError', () => {
  const format = makeFormatError(silent);

  it('keeps the message and code of errors raised on purpose, and nothing else', () => {
    const err = badInput('first', '`first` must be between 1 and 100 (got 1000).');
    const out = format(
      { message: err.message, path: ['entities'], extensions: { code: 'BAD_USER_INPUT', argument: 'first', stacktrace: ['at x'] } },
      new GraphQLError(err.message, { path: ['entities'], originalError: err }),
    );
    expect(out).toEqual({ message: err.message, path: ['entities'], extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
  });

  it('masks driver errors, even when they carry a public-looking code', () => {
    const original = driverError("Invalid input 'MATCH (n) RETURN n' at bolt://10.0.0.5:7687", 'Neo.ClientError.Statement.SyntaxError');
    const wrapped = new GraphQLError(original.message, { path: ['search'], originalError: original });
    const out = format({ message: original.message, path: ['search'], extensions: { code: 'BAD_USER_INPUT', stacktrace: ['Neo4jError: ...'] } }, wrapped);
    expect(out).toEqual({ message: 'Internal server error', path: ['search'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(out)).not.toMatch(/MATCH|bolt|10\.0\.0\.5|stacktrace/);
  });

  it('masks resolver bugs', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    const out = format(
      { message: bug.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError(bug.message, { originalError: bug, path: ['x'] }),
    );
    expect(out.message).toBe('Internal server error');
  });
});

describe('formatError: request errors and suggestions', () => {
  it('a 4xx request error Apollo raises without a code says BAD_REQUEST, not INTERNAL_SERVER_ERROR', () => {
    // What Apollo raises for `extensions.persistedQuery.version: 2` (HTTP 400).
    const apollo = new GraphQLError('Unsupported persisted query version', { extensions: { http: { status: 400 } } });
    const out = makeFormatError(silent)({ message: apollo.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, apollo);
    expect(out).toEqual({ message: 'Unsupported persisted query version', extensions: { code: 'BAD_REQUEST' } });
  });

  it('a resolver bug stays INTERNAL_SERVER_ERROR', () => {
    const bug = new GraphQLError('x is undefined', { originalError: new TypeError('x is undefined') });
    expect(makeFormatError(silent)({ message: bug.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, bug).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('in production, drops "Did you mean ...?" so typos cannot list enum values or fields', () => {
    const message = 'Value "STAT" does not exist in "Kind" enum. Did you mean the enum value "State"?';
    const err = new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const formatted = { message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(makeFormatError(silent, { hideSuggestions: true })(formatted, err).message).toBe('Value "STAT" does not exist in "Kind" enum.');
    const field = 'Cannot query field "nam" on type "State". Did you mean "name", "names", or "aliases"?';
    expect(makeFormatError(silent, { hideSuggestions: true })({ message: field, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError(field)).message).toBe('Cannot query field "nam" on type "State".');
    // In development the hint helps and stays.
    expect(makeFormatError(silent, { hideSuggestions: false })(formatted, err).message).toBe(message);
  });
});
