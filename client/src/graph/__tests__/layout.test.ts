/**
 * The fCoSE iteration cap (layout.ts) wraps an internal method of cose-base. These tests fail when
 * an upgrade removes or renames it, when fCoSE stops loading the copy of cose-base we patch, or
 * when the cap stops reaching the force phase.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import cytoscape from 'cytoscape';
import coseBase from 'cose-base';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { iterationBudget, lastForceIterations, runLayout } from '../layout.ts';

cytoscape.use(fcose);
const require = createRequire(import.meta.url);

function graph(n: number) {
  const nodes = Array.from({ length: n }, (_, i) => ({ data: { id: `n${i}`, kind: 'State' } }));
  // A connected graph: a chain, and a chord every fifth node.
  const edges = nodes
    .slice(1)
    .flatMap((_, i) => [
      { data: { id: `c${i}`, source: `n${i}`, target: `n${i + 1}`, type: 'CITES' } },
      ...(i % 5 === 0 && i + 7 < n ? [{ data: { id: `k${i}`, source: `n${i}`, target: `n${i + 7}`, type: 'CITES' } }] : []),
    ]);
  return cytoscape({ headless: true, styleEnabled: true, elements: [...nodes, ...edges] });
}

describe('fCoSE iteration cap', () => {
  it('the wrapped method exists in the cose-base fCoSE loads', () => {
    expect(typeof coseBase.layoutBase.FDLayout.prototype.initSpringEmbedder).toBe('function');
    const fcoseDir = path.dirname(require.resolve('cytoscape-fcose/package.json'));
    expect(require.resolve('cose-base', { paths: [fcoseDir] })).toBe(require.resolve('cose-base'));
  });

  it('caps the force phase of a large view to its budget, leaves a small one alone', async () => {
    await runLayout(graph(450), { name: 'fcose', incremental: false, animate: false, fit: false });
    expect(lastForceIterations()).toBe(iterationBudget(450));
    await runLayout(graph(60), { name: 'fcose', incremental: false, animate: false, fit: false });
    // fCoSE's own count: numIter 2500 (layout-base raises it to 5 × nodes at most here: 300).
    expect(lastForceIterations()).toBe(2500);
  });
});
