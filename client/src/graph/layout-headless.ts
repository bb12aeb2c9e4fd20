/**
 * A force-directed layout of a layout job in a headless Cytoscape: the work of the layout worker
 * (layout.worker.ts), kept apart from it so Node unit tests, and the page when it has no worker,
 * run the very same code. A small view gets fCoSE whole; a large one (refine.ts's LARGE_VIEW)
 * fCoSE's spectral start (none when incremental: it starts from the page's positions) and then
 * the bounded force phase of refine.ts.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions } from './fcose.ts';
import { jobElements, pinnedOf, type LayoutAnswer, type LayoutJob, type Positions } from './layout-protocol.ts';
import { LARGE_VIEW, refine, refineTicks } from './refine.ts';

// This module's Cytoscape may be the worker's only one; use() twice is harmless on the page.
cytoscape.use(fcose);

/** Sizes from the job, so the layout sees the boxes the page draws. */
const SIZE_STYLE = [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }];

export function computeLayout(job: LayoutJob): LayoutAnswer {
  const t0 = performance.now();
  try {
    const large = job.nodes.length > LARGE_VIEW;
    if (large && job.incremental) {
      const ticks = refineTicks(job.nodes.length, true);
      return { seq: job.seq, ok: true, positions: refine(job, {}, ticks), refineTicks: ticks, ms: performance.now() - t0 };
    }
    const positions = fcoseLayout(job, large);
    if (!large) return { seq: job.seq, ok: true, positions, refineTicks: null, ms: performance.now() - t0 };
    const ticks = refineTicks(job.nodes.length, false);
    return { seq: job.seq, ok: true, positions: refine(job, positions, ticks), refineTicks: ticks, ms: performance.now() - t0 };
  } catch (err) {
    return { seq: job.seq, ok: false, error: (err as Error).message };
  }
}

/**
 * fCoSE, synchronous when not animated: positions are final when run() returns. The spectral
 * start alone (`draft`) runs without styles: it places nodes by graph distance only (fCoSE reads
 * a node's size there only for views of one or two nodes, never large), while with styles
 * fCoSE's first step, the bounding box of all elements, styled and measured every edge (about
 * 180 ms of a 754-node, 4,246-edge view's 0.7 s in Node). refine.ts takes the sizes from the job.
 */
function fcoseLayout(job: LayoutJob, draft: boolean): Positions {
  const styled = draft ? { styleEnabled: false } : { styleEnabled: true, style: SIZE_STYLE };
  const cy = cytoscape({ headless: true, ...styled, elements: jobElements(job) } as cytoscape.CytoscapeOptions);
  try {
    const options = fcoseOptions({ incremental: job.incremental, fit: false, animate: false, draft, pinned: pinnedOf(job) });
    cy.layout(options as unknown as cytoscape.LayoutOptions).run();
    const positions: Positions = {};
    cy.nodes().forEach((n) => {
      const p = n.position();
      positions[n.id()] = { x: p.x, y: p.y };
    });
    return positions;
  } finally {
    cy.destroy();
  }
}
