/**
 * A connected piece of the corpus with exactly N elements (nodes + edges), for the rendering
 * benchmark: breadth-first from the best-connected duty (the explorer's subject), each node
 * added with its relationships to nodes already taken. Connected and "grown" like a user's
 * expanded view, not a random scatter. Pure: unit-tested in client/src/__tests__/bench-sample.test.ts; used by bench/render.ts.
 */
import type { ElementDefinition } from 'cytoscape';

export interface CorpusGraph {
  nodes: { id: string; kind: string; name: string; validFrom: string | null }[];
  rels: { id: string; type: string; from: string; to: string; stance: string | null }[];
}

export function sampleGraph(g: CorpusGraph, n: number): ElementDefinition[] {
  const adj = new Map<string, number[]>();
  g.rels.forEach((r, i) => {
    if (r.from === r.to) return;
    (adj.get(r.from) ?? adj.set(r.from, []).get(r.from)!).push(i);
    (adj.get(r.to) ?? adj.set(r.to, []).get(r.to)!).push(i);
  });
  const byId = new Map(g.nodes.map((x) => [x.id, x]));
  const degree = (id: string): number => adj.get(id)?.length ?? 0;
  const starts = [...g.nodes].sort((a, b) => Number(b.kind === 'Duty') - Number(a.kind === 'Duty') || degree(b.id) - degree(a.id));
  const taken = new Set<string>();
  const edges = new Set<number>();
  const order: string[] = [];
  const queue: string[] = [];
  let count = 0;
  let s = 0;
  while (count < n) {
    if (!queue.length) {
      // Disconnected remainder: start again from the next best node not taken yet.
      while (s < starts.length && taken.has(starts[s]!.id)) s++;
      if (s >= starts.length) break;
      queue.push(starts[s]!.id);
    }
    const id = queue.shift()!;
    if (taken.has(id) || !byId.has(id)) continue;
    taken.add(id);
    order.push(id);
    count++;
    for (const i of adj.get(id) ?? []) {
      const r = g.rels[i]!;
      const other = r.from === id ? r.to : r.from;
      if (taken.has(other) && !edges.has(i) && count < n) {
        edges.add(i);
        count++;
      } else if (!taken.has(other)) queue.push(other);
    }
  }
  const short = (t: string): string => (t.length > 34 ? `${t.slice(0, 33)}…` : t);
  return [
    ...order.map((id): ElementDefinition => {
      const x = byId.get(id)!;
      return { group: 'nodes', data: { id, kind: x.kind, label: x.name, short: short(x.name), degree: degree(id), validFrom: x.validFrom } };
    }),
    ...[...edges].map((i): ElementDefinition => {
      const r = g.rels[i]!;
      return {
        group: 'edges',
        data: {
          id: r.id,
          source: r.from,
          target: r.to,
          type: r.type,
          stance: r.stance,
          validFrom: null,
          validTo: null,
          properties: {},
          evidence: [],
          caption: r.type.toLowerCase(),
        },
      };
    }),
  ];
}
