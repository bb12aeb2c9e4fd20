/**
 * The messages between the page and the layout worker (layout.worker.ts), and the pure steps
 * around them: what a job holds, how the worker turns it into elements, and which answer the
 * page may apply. Only what fCoSE needs crosses: ids, parents, sizes, current positions (an
 * incremental layout starts from them), edges' ends and types, and the pinned nodes.
 */
import type { ElementDefinition } from 'cytoscape';

export interface JobNode {
  id: string;
  parent?: string;
  /** Layout size (the node's box without its label, as `nodeDimensionsIncludeLabels: false`). */
  w: number;
  h: number;
  x: number;
  y: number;
  /** Pinned by the user: fCoSE keeps it where it is. */
  pinned?: boolean;
}

export interface JobEdge {
  id: string;
  source: string;
  target: string;
  /** The relationship type: fCoSE's ideal edge length depends on it. */
  type?: string;
}

export interface LayoutJob {
  /** Increases with every layout the page asks for; an answer to an older one is stale. */
  seq: number;
  incremental: boolean;
  nodes: JobNode[];
  edges: JobEdge[];
}

export type Positions = Record<string, { x: number; y: number }>;

export type LayoutAnswer =
  {
      seq: number;
      ok: true;
      positions: Positions;
      /** Ticks of refine.ts's force phase (a large view), or null: fCoSE ran whole. */
      refineTicks: number | null;
      ms: number;
    } | { seq: number; ok: false; error: string };

/**
 * The elements of the worker's headless Cytoscape. An edge whose end is not in the job is left
 * out (Cytoscape refuses it, and the page sends only visible elements, so it cannot be drawn).
 */
export function jobElements(job: LayoutJob): ElementDefinition[] {
  const ids = new Set(job.nodes.map((n) => n.id));
  const nodes: ElementDefinition[] = job.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, w: n.w, h: n.h, ...(n.parent && ids.has(n.parent) ? { parent: n.parent } : {}) },
    position: { x: n.x, y: n.y },
  }));
  const edges: ElementDefinition[] = job.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type } }));
  return [...nodes, ...edges];
}

export const pinnedOf = (job: LayoutJob): { nodeId: string; position: { x: number; y: number } }[] =>
  job.nodes.filter((n) => n.pinned).map((n) => ({ nodeId: n.id, position: { x: n.x, y: n.y } }));

const finite = (p: unknown): p is { x: number; y: number } =>
  !!p && typeof p === 'object' && Number.isFinite((p as { x: unknown }).x) && Number.isFinite((p as { y: unknown }).y);

/**
 * What the page applies from an answer: nothing if it is stale (a newer layout was asked for)
 * or failed; otherwise the finite positions of the job's nodes that are not pinned.
 */
export function positionsToApply(job: LayoutJob, current: number, answer: LayoutAnswer): Positions | null {
  if (answer.seq !== current || answer.seq !== job.seq || !answer.ok) return null;
  const out: Positions = {};
  for (const n of job.nodes) {
    const p = answer.positions[n.id];
    if (!n.pinned && finite(p)) out[n.id] = { x: p.x, y: p.y };
  }
  return out;
}
