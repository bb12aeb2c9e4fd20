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

describe('a link naming ids the atlas does not have', () => {
  it('names them and asks once more for the rest; a busy server is asked part by part', async () => {
    const { fetchRestore } = await import('../restore.ts');
    const sub = { nodes: [], edges: [], truncated: false, countsByKind: [], capped: [] };
    const answers: unknown[] = [
      { errors: [{ message: 'No entity has the id "state:ZZZ".', path: ['p2'], extensions: { code: 'NOT_FOUND' } }], data: null },
      { data: { p0: sub, p1: sub } },
      { errors: [{ message: 'Timed out.', path: ['p1'], extensions: { code: 'QUERY_TIMEOUT' } }], data: null },
      { data: { p0: sub } },
      { data: { p0: sub } },
    ];
    const sent: string[] = [];
    const real = globalThis.fetch;
    globalThis.fetch = (async (_url: string, init: { body: string }) => {
      sent.push((JSON.parse(init.body) as { query: string }).query);
      return new Response(JSON.stringify(answers.shift()), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as unknown as typeof fetch;
    try {
      const missing = await fetchRestore(parts.map((p, i) => (i === 2 ? { role: 'expand' as const, args: { id: 'state:ZZZ', limit: 60 } } : p)));
      expect(missing.subgraphs.map((s) => s !== null)).toEqual([true, true, false]);
      expect(missing.requests).toBe(2);
      const busy = await fetchRestore(parts.slice(0, 2));
      expect(busy.subgraphs.map((s) => s !== null)).toEqual([true, true]);
      expect(busy.requests).toBe(3);
      expect(sent).toHaveLength(5);
    } finally {
      globalThis.fetch = real;
    }
  });
});
