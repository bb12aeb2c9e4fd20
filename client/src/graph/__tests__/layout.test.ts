/**
 * The layout of a view by size (layout.ts, layout-headless.ts, refine.ts): a small view gets
 * fCoSE whole, a large one fCoSE's spectral start and a force phase bounded in ticks, on the
 * page (Node has no Worker, so runLayout takes the page's path) and in the worker's code
 * (computeLayout, what layout.worker.ts runs). Nothing here reaches into a dependency's internals.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { runLayout } from '../layout.ts';
import { computeLayout } from '../layout-headless.ts';
import type { LayoutJob, Positions } from '../layout-protocol.ts';
import { LARGE_VIEW, refine, refineTicks } from '../refine.ts';

cytoscape.use(fcose);

/** A connected graph: a chain, and a chord every fifth node. */
function chain(n: number) {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}` }));
  const edges = nodes
    .slice(1)
    .flatMap((_, i) => [
      { id: `c${i}`, source: `n${i}`, target: `n${i + 1}`, type: 'CITES' },
      ...(i % 5 === 0 && i + 7 < n ? [{ id: `k${i}`, source: `n${i}`, target: `n${i + 7}`, type: 'CITES' }] : []),
    ]);
  return { nodes, edges };
}

function graph(n: number) {
  const { nodes, edges } = chain(n);
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [...nodes.map((d, i) => ({ data: { ...d, kind: 'State' }, position: { x: i * 3, y: 0 } })), ...edges.map((data) => ({ data }))],
  });
}

/** The nodes start on a line, n5 pinned on it. */
function job(n: number, incremental = false): LayoutJob {
  const { nodes, edges } = chain(n);
  return { seq: 1, incremental, nodes: nodes.map((d, i) => ({ ...d, w: 30, h: 30, x: i * 3, y: 0, ...(i === 5 ? { pinned: true } : {}) })), edges };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

/** Mean length of the job's edges over the mean distance of node pairs k apart in the list (a crude "linked nodes sit close"). */
function closeness(j: LayoutJob, p: Positions): number {
  const edge = j.edges.reduce((s, e) => s + distance(p[e.source]!, p[e.target]!), 0) / j.edges.length;
  const ids = j.nodes.map((n) => n.id);
  const pairs = ids.map((id, i) => distance(p[id]!, p[ids[(i + Math.floor(ids.length / 2)) % ids.length]!]!));
  return edge / (pairs.reduce((s, d) => s + d, 0) / pairs.length);
}

describe('the layout of a view by its size', () => {
  it('refineTicks: 160 just over the large-view size, fewer for bigger views, never under 80, half when incremental', () => {
    expect(refineTicks(LARGE_VIEW + 1, false)).toBe(160);
    expect(refineTicks(1000, false)).toBe(120);
    expect(refineTicks(100_000, false)).toBe(80);
    expect(refineTicks(1000, true)).toBe(60);
  });

  it("in the worker's code: a large view is spectral + refined, every node placed off the line, the pinned one unmoved, linked nodes close", () => {
    const j = job(450);
    const answer = computeLayout(j);
    if (!answer.ok) throw new Error(answer.error);
    expect(answer.refineTicks).toBe(refineTicks(450, false));
    expect(Object.keys(answer.positions)).toHaveLength(450);
    expect(new Set(Object.values(answer.positions).map((p) => Math.round(p.y))).size).toBeGreaterThan(100);
    expect(answer.positions.n5).toEqual({ x: 15, y: 0 });
    expect(closeness(j, answer.positions)).toBeLessThan(0.2);
    // Collision runs only in the last ticks (COLLIDE_SHARE): still, no two 30-pixel boxes overlap.
    const ps = Object.values(answer.positions);
    const overlapping = ps.flatMap((p, i) => ps.slice(i + 1).filter((q) => distance(p, q) < 30)).length;
    expect(overlapping).toBe(0);
  });

  it("in the worker's code: a small view is fCoSE's alone", () => {
    const answer = computeLayout(job(60));
    if (!answer.ok) throw new Error(answer.error);
    expect(answer.refineTicks).toBeNull();
    expect(new Set(Object.values(answer.positions).map((p) => Math.round(p.y))).size).toBeGreaterThan(10);
  });

  it('an incremental layout of a settled large view keeps the picture: nodes move little against its size', () => {
    const first = computeLayout(job(450));
    if (!first.ok) throw new Error(first.error);
    const settled = job(450, true);
    settled.nodes = settled.nodes.map((n) => ({ ...n, ...first.positions[n.id]! }));
    const again = refine(settled, {}, refineTicks(450, true));
    const xs = Object.values(first.positions).map((p) => p.x);
    const extent = Math.max(...xs) - Math.min(...xs);
    const moved = settled.nodes.reduce((s, n) => s + distance(n, again[n.id]!), 0) / settled.nodes.length;
    expect(moved).toBeLessThan(extent * 0.1);
  });

  it(`on the page (no Worker): a view over ${LARGE_VIEW} nodes takes the worker's code, a smaller one fCoSE with its animation options`, async () => {
    const large = graph(450);
    await runLayout(large, { name: 'fcose', incremental: false, animate: false, fit: false });
    expect(new Set(large.nodes().map((n) => Math.round(n.position('y')))).size).toBeGreaterThan(100);
    const small = graph(60);
    await runLayout(small, { name: 'fcose', incremental: false, animate: false, fit: false });
    expect(new Set(small.nodes().map((n) => Math.round(n.position('y')))).size).toBeGreaterThan(10);
  });
});
