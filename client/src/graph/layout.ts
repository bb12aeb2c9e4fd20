/**
 * The three layouts the explorer offers. fCoSE is the default because it is fast (spectral start)
 * and keeps the mental map when re-run incrementally after an expansion; concentric puts the
 * duties in the middle and each kind on its own ring; hierarchical (dagre) reads positions,
 * instruments and papers as flows into the duties.
 */
import type { Core, Collection, LayoutOptions, NodeSingular } from 'cytoscape';
import coseBase from 'cose-base';
import { TYPE_FOR, type Kind } from '../types.ts';
import { frame } from './frame.ts';

/**
 * fCoSE's force phase runs at least 5 × (number of nodes) iterations whatever `numIter` says
 * (layout-base raises it), each iteration costing more as the graph grows: 12 s for 770 dense
 * nodes. For large views we cap the iterations to a time budget; the cooling schedule is derived
 * from the cap, so the layout still settles, only less finely. Small views are untouched.
 */
// No supported fCoSE option does this: `numIter` is raised to the same floor, and quality 'draft'
// skips the force phase altogether (cytoscape.js-fcose 2.2.0, src/fcose/cose.js and layout-base's
// FDLayout.initSpringEmbedder). So cose-base (the copy fCoSE loads) is pinned in package.json, and
// client/src/graph/__tests__/layout.test.ts fails if the method is gone or the cap stops applying.
let iterationCap: number | null = null;
let lastMaxIterations: number | null = null;
const fd = coseBase.layoutBase.FDLayout.prototype;
const initSpringEmbedder = fd.initSpringEmbedder;
fd.initSpringEmbedder = function (this: { maxIterations: number }) {
  initSpringEmbedder.call(this);
  if (iterationCap) this.maxIterations = Math.min(this.maxIterations, iterationCap);
  lastMaxIterations = this.maxIterations;
};

/** The force iterations the last fCoSE run was allowed (for the test of the cap above). */
export function lastForceIterations(): number | null {
  return lastMaxIterations;
}

/**
 * Force iterations for a view of this many nodes; null = fCoSE's own (small views). Measured on
 * the generated corpus: an iteration over 770 dense nodes costs about 8 ms, and spectral start,
 * tree pruning and regrowth another second, so big views get a short refinement of the
 * spectral layout (about 3 s at 5,000 elements) rather than a 12 s one.
 */
export function iterationBudget(nodes: number): number | null {
  return nodes <= 400 ? null : Math.max(50, Math.round(60_000 / nodes));
}

export const LAYOUTS = ['fcose', 'concentric', 'dagre'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LAYOUT_LABEL: Record<LayoutName, string> = {
  fcose: 'Force-directed (fCoSE)',
  concentric: 'Concentric by kind',
  dagre: 'Hierarchical',
};

export function isLayoutName(v: unknown): v is LayoutName {
  return typeof v === 'string' && (LAYOUTS as readonly string[]).includes(v);
}

/** Ring of each kind in the concentric layout: the duties at the centre, scholarship outside. */
const RING: Record<Kind, number> = {
  Duty: 6,
  Instrument: 5,
  Case: 5,
  Organisation: 4,
  Document: 4,
  State: 3,
  Event: 3,
  Index: 2,
  Paper: 2,
  Person: 1,
  Incident: 3,
  Attribution: 2,
  Response: 2,
};

export interface LayoutRequest {
  name: LayoutName;
  /** Incremental: start from current positions (after an expansion) instead of from scratch. */
  incremental: boolean;
  animate: boolean;
  fit: boolean;
}

/** Builds options for `eles.layout(...)`; pinned (locked) nodes stay where the user put them. */
export function layoutOptions(req: LayoutRequest, eles: Collection): LayoutOptions {
  const animate = req.animate && eles.nodes().length < 400;
  const common = { fit: req.fit, padding: 40, animate, animationDuration: 350 };
  if (req.name === 'concentric') {
    return {
      ...common,
      name: 'concentric',
      concentric: (n: NodeSingular) => RING[n.data('kind') as Kind] ?? 0,
      levelWidth: () => 1,
      minNodeSpacing: 40,
      avoidOverlap: true,
    } as LayoutOptions;
  }
  if (req.name === 'dagre') {
    return {
      ...common,
      name: 'dagre',
      // Top to bottom: ranks are wide (many states), and screens are wider than tall.
      rankDir: 'TB',
      nodeSep: 30,
      rankSep: 120,
      edgeSep: 8,
      ranker: 'network-simplex',
    } as unknown as LayoutOptions;
  }
  const pinned = eles.nodes('.pinned');
  const n = eles.nodes().length;
  return {
    ...common,
    name: 'fcose',
    // fCoSE only honours randomize:false in "proof" quality.
    quality: req.incremental ? 'proof' : 'default',
    randomize: !req.incremental,
    // Enough energy for newcomers to find room, little enough that the old picture stays.
    initialEnergyOnIncremental: 0.5,
    nodeDimensionsIncludeLabels: false,
    packComponents: false,
    // Generous spacing: labels sit under the nodes and need room to stay readable.
    nodeSeparation: 110,
    nodeRepulsion: () => 16000,
    // Large views: shorter edges keep fCoSE's repulsion neighbourhoods (and its cost) small.
    idealEdgeLength: (e: { data(k: string): unknown }) => (n > 600 ? 50 : 100) * (e.data('type') === TYPE_FOR.membership ? 1.2 : 1),
    edgeElasticity: () => 0.4,
    gravity: 0.2,
    numIter: iterationBudget(n) ?? 2500,
    tile: true,
    fixedNodeConstraint: pinned.length ? pinned.map((p) => ({ nodeId: p.id(), position: { ...p.position() } })) : undefined,
  } as unknown as LayoutOptions;
}

/** Runs a layout over the visible elements and resolves when it has stopped. */
export function runLayout(cy: Core, req: LayoutRequest): Promise<void> {
  const eles = cy.elements().filter((e) => e.visible());
  if (!eles.nodes().length) return Promise.resolve();
  return new Promise((resolve) => {
    const layout = eles.layout(layoutOptions(req, eles));
    layout.one('layoutstop', () => {
      // Cytoscape fits to the whole canvas: frame again in the part no drawer covers, and at a
      // zoom where labels are drawn (a wide hierarchical layout fitted whole would draw none).
      if (req.fit) frame(cy, eles, { focus: cy.nodes('.root').filter((n) => n.visible()) });
      resolve();
    });
    iterationCap = req.name === 'fcose' ? iterationBudget(eles.nodes().length) : null;
    try {
      layout.run();
    } finally {
      iterationCap = null;
    }
  });
}

/**
 * Places fresh nodes next to the node they were expanded from before an incremental layout, so
 * fCoSE starts from a sensible guess (and the old picture barely moves).
 */
export function seedPositions(cy: Core, anchorId: string, newIds: string[]): void {
  const anchor = cy.getElementById(anchorId);
  const center = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
  const r = 60 + Math.sqrt(newIds.length) * 12;
  newIds.forEach((id, i) => {
    const node = cy.getElementById(id);
    if (node.empty() || node.locked()) return;
    const a = (2 * Math.PI * i) / Math.max(1, newIds.length);
    node.position({ x: center.x + r * Math.cos(a), y: center.y + r * Math.sin(a) });
  });
}
