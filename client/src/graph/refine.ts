/**
 * The force phase of a large view's layout, run by d3-force's public API (a simulation stepped a
 * fixed number of ticks, then read): fCoSE's own force phase runs at least 5 × (number of nodes)
 * iterations whatever its options say (12 s for 770 dense nodes), and no supported option of it
 * bounds that. So a large view gets fCoSE's spectral layout (quality 'draft', a supported
 * option), refined here in a bounded number of ticks; small views keep fCoSE whole.
 * Pure: no DOM, no Cytoscape; the layout worker and the page's fallback run the same code.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { idealEdgeLength } from './fcose.ts';
import type { LayoutJob, Positions } from './layout-protocol.ts';

/**
 * Above this many nodes a view is large: spectral start, then {@link refine} instead of fCoSE's
 * force phase (and layout.ts sends it to the layout worker). Was 400: measured in Node on the
 * render benchmark's 2,000-element sample (335 nodes, 1,665 edges), fCoSE whole took a median
 * 2.5 s and left 186-201 pairs of nodes less than 30 px apart; spectral + refine 0.57 s with
 * none, and a mean edge length of 0.56-0.59 of the mean pair distance against 0.54-0.56.
 */
export const LARGE_VIEW = 150;

/**
 * Ticks for a view of this many nodes: 160 for a view just over {@link LARGE_VIEW}, fewer for
 * bigger ones, never under 80; an incremental layout (after an expansion) starts warm and needs
 * half. Why so few: the spectral start is already a global picture, the force phase only untangles
 * it. Measured in Node on 2 cores (issue 16) on a random graph of the render benchmark's size
 * at 5,000 elements (754 nodes, 4,246 edges; not the benchmark's own sample), a tick costs about
 * 4.5 ms with collision and 2.7 ms without; 160 ticks with collision in the last
 * {@link COLLIDE_SHARE} took 0.58 s against 1.44 s for the former 300 ticks with collision
 * throughout, with no overlapping pair either way and the same mean edge length against the
 * mean distance of node pairs (0.68).
 *
 * @example refineTicks(750, false) // 160
 */
export function refineTicks(nodes: number, incremental: boolean): number {
  const full = Math.max(80, Math.min(160, Math.round(120_000 / Math.max(1, nodes))));
  return incremental ? Math.round(full / 2) : full;
}

/**
 * The share of the ticks, at the end, that also resolve collisions: while the picture still moves
 * a lot, pushing overlapping nodes apart is wasted work (the charge separates them anyway); once
 * it cools, collision makes room for each node and the label under it.
 */
export const COLLIDE_SHARE = 0.6;

interface SimNode extends SimulationNodeDatum {
  id: string;
  radius: number;
}

/**
 * Positions of the job's nodes after the force phase, started from `start` (the spectral layout,
 * or for an incremental layout the page's own positions). Pinned nodes stay where the job says.
 * The cooling is set so that it ends with the last tick: the picture is settled, not cut short.
 *
 * @example refine(job, spectralPositions, refineTicks(job.nodes.length, job.incremental))
 */
export function refine(job: LayoutJob, start: Positions, ticks: number): Positions {
  const nodes: SimNode[] = job.nodes.map((n) => {
    const p = n.pinned ? n : (start[n.id] ?? n);
    return { id: n.id, x: p.x, y: p.y, radius: Math.max(n.w, n.h) / 2, ...(n.pinned ? { fx: n.x, fy: n.y } : {}) };
  });
  const ids = new Set(nodes.map((n) => n.id));
  const links: (SimulationLinkDatum<SimNode> & { type?: string })[] = job.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ source: e.source, target: e.target, type: e.type }));
  const centre = meanOf(nodes);
  const alphaMin = 0.001;
  const alpha = job.incremental ? 0.3 : 1;
  const simulation = forceSimulation(nodes)
    .stop()
    .alpha(alpha)
    .alphaMin(alphaMin)
    // Cools from `alpha` to `alphaMin` in exactly `ticks` steps.
    .alphaDecay(1 - Math.pow(alphaMin / alpha, 1 / Math.max(1, ticks)))
    .force(
      'link',
      forceLink<SimNode, (typeof links)[number]>(links)
        .id((d) => d.id)
        .distance((l) => idealEdgeLength(l.type, true)),
    )
    // Barnes-Hut repulsion with a horizon: distant clusters do not push each other off screen.
    // theta 1.2 (d3's default is 0.9): a coarser approximation of far nodes' push. Measured in
    // Node on the render benchmark's 5,000-element sample (754 nodes, 4,246 edges), six layouts
    // each: the whole layout took a median 1.29 s against 1.61 s, with 0-1 overlapping pairs and
    // a mean edge length of 0.64-0.66 of the mean pair distance either way.
    .force('charge', forceManyBody<SimNode>().strength(-120).theta(1.2).distanceMax(800))
    // Gentle gravity keeps unconnected pieces near the rest.
    .force('x', forceX<SimNode>(centre.x).strength(0.03))
    .force('y', forceY<SimNode>(centre.y).strength(0.03));
  const collideTicks = Math.round(ticks * COLLIDE_SHARE);
  simulation.tick(ticks - collideTicks);
  // Room for the node and the label under it, once the picture has cooled (COLLIDE_SHARE).
  simulation.force('collide', forceCollide<SimNode>((d) => d.radius + 12).iterations(1));
  simulation.tick(collideTicks);
  const out: Positions = {};
  for (const n of nodes) out[n.id] = { x: n.x ?? 0, y: n.y ?? 0 };
  return out;
}

function meanOf(nodes: SimNode[]): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (const n of nodes) {
    x += n.x ?? 0;
    y += n.y ?? 0;
  }
  const k = Math.max(1, nodes.length);
  return { x: x / k, y: y / k };
}
