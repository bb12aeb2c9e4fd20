/**
 * fCoSE as the explorer runs it, on the page or in the layout worker (layout.worker.ts): its
 * options and the iteration cap for large views. Both threads import this module, so the cap
 * and the options are the same wherever the layout runs.
 */
import coseBase from 'cose-base';
import { TYPE_FOR } from '../types.ts';

/**
 * fCoSE's force phase runs at least 5 × (number of nodes) iterations whatever `numIter` says
 * (layout-base raises it), each iteration costing more as the graph grows: 12 s for 770 dense
 * nodes. For large views we cap the iterations to a time budget; the cooling schedule is derived
 * from the cap, so the layout still settles, only less finely. Small views are untouched.
 * The worker keeps the page responsive, but the layout should still be done within about 2 s,
 * so the cap stays.
 */
// No supported fCoSE option does this: `numIter` is raised to the same floor, and quality 'draft'
// skips the force phase altogether (cytoscape.js-fcose 2.2.0, src/fcose/cose.js and layout-base's
// FDLayout.initSpringEmbedder). So cose-base (the copy fCoSE loads) is pinned in package.json, and
// client/src/graph/__tests__/layout.test.ts fails if the method is gone or the cap stops applying
// (on the page's fallback path and in the worker's code path; the e2e checks the built worker).
let iterationCap: number | null = null;
let lastMaxIterations: number | null = null;
const fd = coseBase.layoutBase.FDLayout.prototype;
const initSpringEmbedder = fd.initSpringEmbedder;
fd.initSpringEmbedder = function (this: { maxIterations: number }) {
  initSpringEmbedder.call(this);
  if (iterationCap) this.maxIterations = Math.min(this.maxIterations, iterationCap);
  lastMaxIterations = this.maxIterations;
};

/** The force iterations the last fCoSE run in this thread was allowed (for the tests of the cap). */
export function lastForceIterations(): number | null {
  return lastMaxIterations;
}

/**
 * Force iterations for a view of this many nodes; null = fCoSE's own (small views). Measured on
 * the generated corpus: an iteration over 770 dense nodes costs about 8 ms, and spectral start,
 * tree pruning and regrowth another second, so big views get a short refinement of the
 * spectral layout rather than a 12 s one.
 */
export function iterationBudget(nodes: number): number | null {
  return nodes <= LARGE_VIEW ? null : Math.max(50, Math.round(60_000 / nodes));
}

/** Above this many nodes a view is large: capped iterations, and the layout runs in the worker. */
export const LARGE_VIEW = 400;

/** Runs `run` (which starts an fCoSE layout synchronously) with the cap for `nodes` nodes. */
export function withIterationCap(nodes: number, run: () => void): void {
  iterationCap = iterationBudget(nodes);
  try {
    run();
  } finally {
    iterationCap = null;
  }
}

export interface FcoseSettings {
  nodes: number;
  /** Start from current positions (after an expansion) instead of from scratch. */
  incremental: boolean;
  fit: boolean;
  animate: boolean;
  /** Nodes the user pinned: they stay where they are. */
  pinned: { nodeId: string; position: { x: number; y: number } }[];
}

/** Options for an fCoSE `layout(...)`, plain data and functions of element data only. */
export function fcoseOptions(s: FcoseSettings): Record<string, unknown> {
  return {
    name: 'fcose',
    fit: s.fit,
    padding: 40,
    animate: s.animate,
    animationDuration: 350,
    // fCoSE only honours randomize:false in "proof" quality.
    quality: s.incremental ? 'proof' : 'default',
    randomize: !s.incremental,
    // Enough energy for newcomers to find room, little enough that the old picture stays.
    initialEnergyOnIncremental: 0.5,
    nodeDimensionsIncludeLabels: false,
    packComponents: false,
    // Generous spacing: labels sit under the nodes and need room to stay readable.
    nodeSeparation: 110,
    nodeRepulsion: () => 16000,
    // Large views: shorter edges keep fCoSE's repulsion neighbourhoods (and its cost) small.
    idealEdgeLength: (e: { data(k: string): unknown }) => (s.nodes > 600 ? 50 : 100) * (e.data('type') === TYPE_FOR.membership ? 1.2 : 1),
    edgeElasticity: () => 0.4,
    gravity: 0.2,
    numIter: iterationBudget(s.nodes) ?? 2500,
    tile: true,
    fixedNodeConstraint: s.pinned.length ? s.pinned : undefined,
  };
}
