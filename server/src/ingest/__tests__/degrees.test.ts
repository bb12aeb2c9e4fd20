/**
 * Stored degrees computed from rows (degrees.ts `degreesOf`), without Neo4j. That they equal what
 * cypher/ingest/degrees.cypher stores for the same graph is tested on data/ in
 * tests/integration/bulk-load.test.ts (the bulk load writes these, the normal load that query's).
 */
import { describe, expect, it } from 'vitest';
import type { Kind } from '../../model/index.ts';
import { degreesOf } from '../degrees.ts';
import type { NodeRow, RelRow } from '../normalize.ts';

const node = (id: string, kind: string): NodeRow => ({ id, kind: kind as Kind, props: {} });
const rel = (type: string, from: string, to: string, n = 0): RelRow => ({ key: `${type}|${from}|${to}|${n}`, type, from, to, props: {} });

describe('degreesOf', () => {
  const nodes = [node('a', 'A'), node('b', 'B'), node('c', 'B'), node('z', 'Z'), node('lone', 'A')];
  const rels = [rel('T', 'a', 'b'), rel('T', 'a', 'b', 1), rel('S', 'c', 'a'), rel('a_lower', 'a', 'z'), rel('T', 'a', 'gone')];
  const degrees = degreesOf({ nodes, rels });

  it('counts relationships per type at both ends, and distinct neighbours per kind', () => {
    expect(degrees.get('a')).toEqual({ degTypes: ['S', 'T', 'a_lower'], degCounts: [1, 2, 1], nbrKinds: ['B', 'Z'], nbrCounts: [2, 1] });
    expect(degrees.get('b')).toEqual({ degTypes: ['T'], degCounts: [2], nbrKinds: ['A'], nbrCounts: [1] });
    expect(degrees.get('c')).toEqual({ degTypes: ['S'], degCounts: [1], nbrKinds: ['A'], nbrCounts: [1] });
  });

  it('orders by UTF-16 code unit, as Cypher orders strings (upper case before lower case)', () => {
    expect(degrees.get('a')!.degTypes.at(-1)).toBe('a_lower');
  });

  it('gives an entity without relationships empty lists, and skips relationships to unknown ends', () => {
    expect(degrees.get('lone')).toEqual({ degTypes: [], degCounts: [], nbrKinds: [], nbrCounts: [] });
    expect(degrees.has('gone')).toBe(false);
  });

  it('counts a loop once, its entity a neighbour of itself (as an undirected MATCH returns it)', () => {
    const loop = degreesOf({ nodes: [node('a', 'A')], rels: [rel('T', 'a', 'a')] });
    expect(loop.get('a')).toEqual({ degTypes: ['T'], degCounts: [1], nbrKinds: ['A'], nbrCounts: [1] });
  });
});
