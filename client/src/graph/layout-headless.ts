/**
 * fCoSE over a layout job in a headless Cytoscape: the work of the layout worker
 * (layout.worker.ts), kept apart from it so Node unit tests run the very same code.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions, lastForceIterations, withIterationCap } from './fcose.ts';
import { jobElements, pinnedOf, type LayoutAnswer, type LayoutJob, type Positions } from './layout-protocol.ts';

// This module is the worker's only Cytoscape (the page registers its own in view.ts).
cytoscape.use(fcose);

/** Sizes from the job, so the layout sees the boxes the page draws. */
const SIZE_STYLE = [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }];

export function computeLayout(job: LayoutJob): LayoutAnswer {
  const t0 = performance.now();
  try {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: SIZE_STYLE, elements: jobElements(job) } as cytoscape.CytoscapeOptions);
    const options = fcoseOptions({ nodes: job.nodes.length, incremental: job.incremental, fit: false, animate: false, pinned: pinnedOf(job) });
    // fCoSE runs synchronously when not animated: positions are final when run() returns.
    withIterationCap(job.nodes.length, () => cy.layout(options as unknown as cytoscape.LayoutOptions).run());
    const positions: Positions = {};
    cy.nodes().forEach((n) => {
      const p = n.position();
      positions[n.id()] = { x: p.x, y: p.y };
    });
    cy.destroy();
    return { seq: job.seq, ok: true, positions, forceIterations: lastForceIterations(), ms: performance.now() - t0 };
  } catch (err) {
    return { seq: job.seq, ok: false, error: (err as Error).message };
  }
}
