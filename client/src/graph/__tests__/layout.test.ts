/**
 * The fCoSE iteration cap (fcose.ts) wraps an internal method of cose-base. These tests fail when
 * an upgrade removes or renames it, when fCoSE stops loading the copy of cose-base we patch, or
 * when the cap stops reaching the force phase: on the page (runLayout; Node has no Worker, so it
 * takes the page's path) and in the worker's code (computeLayout, what layout.worker.ts runs).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import cytoscape from 'cytoscape';
import coseBase from 'cose-base';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { iterationBudget, lastForceIterations } from '../fcose.ts';
import { runLayout } from '../layout.ts';
import { computeLayout } from '../layout-headless.ts';
import type { LayoutJob } from '../layout-protocol.ts';

cytoscape.use(fcose);
const require = createRequire(import.meta.url);

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
    elements: [...nodes.map((d) => ({ data: { ...d, kind: 'State' } })), ...edges.map((data) => ({ data }))],
  });
}

function job(n: number): LayoutJob {
  const { nodes, edges } = chain(n);
  return { seq: 1, incremental: false, nodes: nodes.map((d, i) => ({ ...d, w: 30, h: 30, x: i, y: 0 })), edges };
}

describe('fCoSE iteration cap', () => {
  it('the wrapped method exists in the cose-base fCoSE loads', () => {
    expect(typeof coseBase.layoutBase.FDLayout.prototype.initSpringEmbedder).toBe('function');
    const fcoseDir = path.dirname(require.resolve('cytoscape-fcose/package.json'));
    expect(require.resolve('cose-base', { paths: [fcoseDir] })).toBe(require.resolve('cose-base'));
  });

  it('on the page: caps the force phase of a large view to its budget, leaves a small one alone', async () => {
    await runLayout(graph(450), { name: 'fcose', incremental: false, animate: false, fit: false });
    expect(lastForceIterations()).toBe(iterationBudget(450));
    await runLayout(graph(60), { name: 'fcose', incremental: false, animate: false, fit: false });
    // fCoSE's own count: numIter 2500 (layout-base raises it to 5 × nodes at most here: 300).
    expect(lastForceIterations()).toBe(2500);
  });

  it("in the worker's code: the answer reports the capped force phase, and every node got a position", () => {
    const answer = computeLayout(job(450));
    if (!answer.ok) throw new Error(answer.error);
    expect(answer.forceIterations).toBe(iterationBudget(450));
    expect(Object.keys(answer.positions)).toHaveLength(450);
    // Laid out, not left on the line the job started from.
    expect(new Set(Object.values(answer.positions).map((p) => Math.round(p.y))).size).toBeGreaterThan(10);
    const small = computeLayout(job(60));
    expect(small.ok && small.forceIterations).toBe(2500);
  });
});
