import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { HUB_OPERATIONS } from '../hub.ts';
import { ALL_OPERATIONS } from '../queries.ts';

// The API contract the explorer codes against; the API engineer implements the same file.
const sdl = ['schema.graphql', 'vocabulary.graphql'].map((f) => readFileSync(new URL(`../../../../server/src/graphql/${f}`, import.meta.url), 'utf8')).join('\n');
const schema = buildSchema(sdl);

describe('GraphQL operations of the explorer', () => {
  for (const [name, op] of Object.entries({ ...ALL_OPERATIONS, ...HUB_OPERATIONS })) {
    it(`${name} is valid against schema.graphql`, () => {
      const errors = validate(schema, parse(op));
      expect(errors.map((e) => e.message)).toEqual([]);
    });
  }
});
