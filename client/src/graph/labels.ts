/**
 * Collision-aware labels. After every layout and every change of what is drawn, one pass walks
 * the visible nodes from the most important down (the central node, the selection, then by
 * degree and kind, see `labelPriority`) and keeps each label only where it does not overlap a
 * label already kept: first whole, then shortened (`label-short`), else hidden (`label-hidden`).
 * Boxes are Cytoscape's own label boxes in model coordinates, so the result holds at any zoom.
 * The full name comes back on hover, on keyboard focus and on selection (`label-full`, `:selected`).
 */
import type cytoscape from 'cytoscape';
import type { Core, NodeSingular } from 'cytoscape';
import { LABEL_CLASS, LABEL_KIND_PRIORITY, LEGIBLE_FONT_PX } from './style.ts';
import type { Kind } from '../types.ts';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const LABEL_ONLY = { useCache: false, includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false, includeUnderlays: false, includeOutlines: false };

/** Higher first: the central node, what the user picked, then hubs, then kinds that carry the law. */
export function labelPriority(n: { id: string; degree: number; kind: Kind; root: boolean; picked: boolean }): number {
  return (n.root ? 1e9 : 0) + (n.picked ? 1e8 : 0) + n.degree * 10 + (LABEL_KIND_PRIORITY[n.kind] ?? 0);
}

/** True when two boxes overlap by more than a pixel in both directions (touching is fine). */
export function overlaps(a: Box, b: Box, slack = 1): boolean {
  return Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > slack && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > slack;
}

function labelBox(n: NodeSingular): Box | null {
  const bb = n.boundingBox(LABEL_ONLY as never);
  return bb.w > 0 && bb.h > 0 ? bb : null;
}

/** Counts of what the pass did, for the tests and the console. */
export interface LabelPass {
  whole: number;
  shortened: number;
  hidden: number;
}

/** The pass itself (see the module comment). Returns what it did. */
export function placeLabels(cy: Core): LabelPass {
  const result: LabelPass = { whole: 0, shortened: 0, hidden: 0 };
  const nodes = cy.nodes().filter((n) => n.visible()) as unknown as cytoscape.NodeCollection;
  const ranked = nodes
    .map((n) => ({
      n,
      p: labelPriority({
        id: n.id(),
        degree: Number(n.data('degree')) || 0,
        kind: n.data('kind') as Kind,
        root: n.hasClass('root'),
        picked: n.selected() || n.hasClass('focus') || n.hasClass(LABEL_CLASS.full),
      }),
    }))
    .sort((a, b) => b.p - a.p || String(a.n.data('label')).localeCompare(String(b.n.data('label'))));
  const kept: Box[] = [];
  cy.batch(() => nodes.removeClass(`${LABEL_CLASS.short} ${LABEL_CLASS.hidden}`));
  for (const { n } of ranked) {
    const whole = labelBox(n);
    if (!whole) continue;
    // The central node, and what the user picked, keep their whole name whatever it covers.
    if (n.hasClass('root') || n.selected() || n.hasClass(LABEL_CLASS.full) || !kept.some((k) => overlaps(k, whole))) {
      kept.push(whole);
      result.whole++;
      continue;
    }
    n.addClass(LABEL_CLASS.short);
    const short = labelBox(n);
    if (short && !kept.some((k) => overlaps(k, short))) {
      kept.push(short);
      result.shortened++;
      continue;
    }
    n.removeClass(LABEL_CLASS.short).addClass(LABEL_CLASS.hidden);
    result.hidden++;
  }
  return result;
}

/**
 * The zoom at which node labels are drawn (Cytoscape skips a label whose font, zoomed, is under
 * its `min-zoomed-font-size`): fitting a wide hierarchical layout would otherwise draw none.
 */
export function legibleZoom(cy: Core): number {
  const font = 12;
  return Math.min(cy.maxZoom(), LEGIBLE_FONT_PX / font);
}

/**
 * Keeps the labels running: after layouts, on changes of what is drawn, and (whole name) while a
 * node is hovered or has the keyboard's attention. `getCy` because the renderer switch replaces
 * the Cytoscape instance; the pass re-binds to the new one the next time it runs.
 */
export function installLabels(getCy: () => Core, on: (ev: 'graph' | 'select' | 'layout', fn: () => void) => void): () => void {
  let bound: Core | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const cy = getCy();
      if (cy !== bound) bind(cy);
      placeLabels(cy);
    }, 30);
  };
  const bind = (cy: Core): void => {
    bound = cy;
    cy.on('layoutstop', run);
    cy.on('dragfree', 'node', run);
    cy.on('mouseover', 'node', (e) => {
      (e.target as NodeSingular).addClass(LABEL_CLASS.full);
    });
    cy.on('mouseout', 'node', (e) => {
      (e.target as NodeSingular).removeClass(LABEL_CLASS.full);
    });
  };
  bind(getCy());
  on('graph', run);
  on('select', run);
  on('layout', run);
  run();
  return run;
}
