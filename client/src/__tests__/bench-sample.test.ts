import { describe, expect, it } from 'vitest';
import { sampleGraph, type CorpusGraph } from '../bench-sample.ts';

// A duty with a star of states, a chain of papers, and a separate island.
const g: CorpusGraph = {
  nodes: [
    { id: 'duty:d', kind: 'Duty', name: 'Duty', validFrom: null },
    ...Array.from({ length: 20 }, (_, i) => ({ id: `state:S${i}`, kind: 'State', name: `State ${i}`, validFrom: null })),
    ...Array.from({ length: 10 }, (_, i) => ({ id: `paper:p${i}`, kind: 'Paper', name: `Paper ${i}`, validFrom: '2020' })),
    { id: 'org:island', kind: 'Organisation', name: 'Island', validFrom: null },
  ],
  rels: [
    ...Array.from({ length: 20 }, (_, i) => ({ id: `H${i}`, type: 'HOLDS_POSITION', from: `state:S${i}`, to: 'duty:d', stance: 'BINDING' })),
    ...Array.from({ length: 10 }, (_, i) => ({ id: `C${i}`, type: 'CITES', from: `paper:p${i}`, to: i ? `paper:p${i - 1}` : 'duty:d', stance: null })),
    { id: 'R1', type: 'RIVAL_OF', from: 'state:S0', to: 'state:S1', stance: null },
  ],
};

describe('benchmark graph sample', () => {
  for (const n of [1, 7, 20, 41, 60]) {
    it(`has exactly ${n} elements, every edge between sampled nodes`, () => {
      const els = sampleGraph(g, n);
      expect(els).toHaveLength(n);
      const ids = new Set(els.filter((e) => e.group === 'nodes').map((e) => e.data.id));
      for (const e of els.filter((x) => x.group === 'edges')) {
        expect(ids.has(e.data.source as string)).toBe(true);
        expect(ids.has(e.data.target as string)).toBe(true);
      }
    });
  }

  it('grows from the duty, connected, before jumping to islands', () => {
    const els = sampleGraph(g, 41);
    expect(els[0]!.data.id).toBe('duty:d');
    expect(els.some((e) => e.data.id === 'org:island')).toBe(false);
  });

  it('stops at the whole graph when asked for more', () => {
    expect(sampleGraph(g, 10_000)).toHaveLength(g.nodes.length + g.rels.length);
  });
});
