import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { chunkParts, restoreDocument, type RestorePart } from '../restore.ts';

const sdl = ['schema.graphql', 'vocabulary.graphql'].map((f) => readFileSync(new URL(`../../../../server/src/graphql/${f}`, import.meta.url), 'utf8')).join('\n');
const schema = buildSchema(sdl);

const parts: RestorePart[] = [
  { role: 'root', args: { id: 'duty:due-diligence', depth: 2, limit: 90, relationshipTypes: ['HOLDS_POSITION'] } },
  { role: 'expand', args: { id: 'org:eu', depth: 1, limit: 60 } },
  { role: 'add', args: { id: 'paper:10.1000/"x"}', depth: 1, limit: 200 } },
];

describe('a link restored in one request', () => {
  it('is one valid document, ids only in variables', () => {
    const { query, variables } = restoreDocument(parts);
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
    expect(query).not.toContain('org:eu');
    expect(variables).toMatchObject({ id0: 'duty:due-diligence', d0: 2, l0: 90, id1: 'org:eu', l2: 200, t1: null });
  });

  it('packs a typical link into one document and a long one into as few as the API allows', () => {
    expect(chunkParts(parts)).toHaveLength(1);
    const many: RestorePart[] = [parts[0]!, ...Array.from({ length: 20 }, (_, i): RestorePart => ({ role: 'expand', args: { id: `state:S${i}`, limit: 60 } }))];
    const chunks = chunkParts(many);
    expect(chunks.flat()).toEqual(many);
    expect(chunks.every((c) => c.length <= 14)).toBe(true);
    expect(chunks).toHaveLength(2);
  });
});
