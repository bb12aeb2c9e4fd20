import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataSchemas } from '../../../server/src/ingest/json-schema.ts';

describe('data/schema', () => {
  it('is in sync with the model (run `npm run schema` after changing server/src/ingest/model.ts)', () => {
    for (const [name, schema] of Object.entries(dataSchemas())) {
      expect(JSON.parse(readFileSync(`data/schema/${name}.schema.json`, 'utf8')), name).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });
});
