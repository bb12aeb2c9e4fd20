/** The profile pages' GraphQL operations are valid against the public schema (a renamed field fails here, not in a page). */
import { describe, expect, it } from 'vitest';
import { parse, validate } from 'graphql';
import { buildSchema } from '../../graphql/server.ts';
import * as operations from '../queries.ts';

describe('profile page operations', () => {
  const schema = buildSchema();
  for (const [name, text] of Object.entries(operations))
    it(`${name} validates`, () => {
      expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
    });
});
