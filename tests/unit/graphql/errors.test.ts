import { GraphQLError } from '../../../server/src/graphql/graphql-js.ts';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { badInput, makeFormatError } from '../../../server/src/graphql/errors.ts';

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
