/**
 * How an e2e test reads the labels Cytoscape draws: for each visible node whose label is drawn
 * (not empty, not transparent, not below the minimum zoomed font size), its box on the screen
 * (`renderedBoundingBox` with labels only) and the text it draws (ellipsis included).
 */
import type { Page } from 'playwright-core';

export interface LabelBox {
  id: string;
  /** The text drawn (after Cytoscape's ellipsis), and the node's full name. */
  text: string;
  full: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function labelBoxes(p: Page): Promise<LabelBox[]> {
  return p.evaluate(() => {
    const cy = window.__atlas!.cy;
    const zoom = cy.zoom();
    const out: LabelBox[] = [];
    cy.nodes(':visible').forEach((node) => {
      // pstyle (the parsed style) is public API, missing from the type definitions.
      const n = node as typeof node & { pstyle(name: string): { strValue?: string; value?: unknown; pfValue?: number } };
      const label = String(n.pstyle('label').strValue ?? '');
      if (!label) return;
      if (Number(n.pstyle('text-opacity').value) === 0 || Number(n.pstyle('opacity').value) === 0) return;
      const px = Number(n.pstyle('font-size').pfValue) * zoom;
      if (px < Number(n.pstyle('min-zoomed-font-size').pfValue)) return;
      const bb = n.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false, includeUnderlays: false, includeOutlines: false } as never);
      if (!(bb.w > 0 && bb.h > 0)) return;
      const r = (n as unknown as { _private: { rscratch: Record<string, unknown> } })._private.rscratch;
      const drawn = String(r.labelWrapCachedText ?? label);
      out.push({ id: n.id(), text: drawn, full: String(n.data('label')), x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2 });
    });
    return out;
  });
}

/** Pairs of label boxes that overlap (by more than a pixel each way: touching is not colliding). */
export function overlappingPairs(boxes: LabelBox[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (w > 1 && h > 1) pairs.push([a.id, b.id]);
    }
  }
  return pairs;
}
