/**
 * Framing the view in the part of the canvas nothing covers. The matrix drawer, an open legend
 * and (on a phone) the side panel lie over the canvas; fitting or centring on the whole canvas
 * put nodes, and the very position a matrix cell selects, under them. `freeArea` measures what
 * is left in the canvas's own pixels; `frame` and `centre` aim at that rectangle instead. Both
 * also keep labels legible: a fit never zooms out past the zoom at which labels are drawn if
 * that would hide them all (a wide hierarchical layout), it centres on what matters instead.
 */
import type { BoundingBox12, BoundingBoxWH, Collection, Core, NodeCollection } from 'cytoscape';

type Eles = Collection | NodeCollection;
import { legibleZoom } from './labels.ts';
import { isLean } from './view.ts';

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What may lie over the canvas, when shown. */
export const OVERLAYS = ['#matrix:not([hidden])', '#legend .legend[open]', '#timebar', 'body.panel-open .sidepanel'];

const area = (r: Rect): number => Math.max(0, r.x2 - r.x1) * Math.max(0, r.y2 - r.y1);

/**
 * Removes each covering rectangle from `free` by the one straight cut (left, right, top or
 * bottom) that keeps the most room. Pure, for the unit tests.
 */
export function cutAway(free: Rect, covers: Rect[]): Rect {
  let r = { ...free };
  for (const c of covers) {
    if (c.x2 <= r.x1 || c.x1 >= r.x2 || c.y2 <= r.y1 || c.y1 >= r.y2) continue;
    const options: Rect[] = [
      { ...r, x1: Math.max(r.x1, c.x2) },
      { ...r, x2: Math.min(r.x2, c.x1) },
      { ...r, y1: Math.max(r.y1, c.y2) },
      { ...r, y2: Math.min(r.y2, c.y1) },
    ];
    r = options.reduce((best, o) => (area(o) > area(best) ? o : best));
  }
  return r;
}

/** The part of the canvas no overlay covers, in the canvas's rendered coordinates. */
export function freeArea(cy: Core): Rect {
  const box = cy.container()?.getBoundingClientRect();
  if (!box) return { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
  const covers: Rect[] = [];
  for (const sel of OVERLAYS) {
    for (const el of document.querySelectorAll(sel)) {
      const b = el.getBoundingClientRect();
      if (b.width && b.height) covers.push({ x1: b.left - box.left, y1: b.top - box.top, x2: b.right - box.left, y2: b.bottom - box.top });
    }
  }
  const free = cutAway({ x1: 0, y1: 0, x2: box.width, y2: box.height }, covers);
  // Never less than a third of the canvas: a drawer taller than that leaves some graph to see.
  if (area(free) < (box.width * box.height) / 9) return { x1: 0, y1: 0, x2: box.width, y2: box.height };
  return free;
}

/** The zoom and pan that put `eles` in the middle of `free` with `pad` pixels around. */
export function frameViewport(bb: { x1: number; y1: number; w: number; h: number }, free: Rect, pad: number, minZoom: number, maxZoom: number) {
  const w = free.x2 - free.x1 - 2 * pad;
  const h = free.y2 - free.y1 - 2 * pad;
  const zoom = Math.max(minZoom, Math.min(maxZoom, w / Math.max(bb.w, 1), h / Math.max(bb.h, 1)));
  const cx = bb.x1 + bb.w / 2;
  const cy = bb.y1 + bb.h / 2;
  return { zoom, pan: { x: (free.x1 + free.x2) / 2 - zoom * cx, y: (free.y1 + free.y2) / 2 - zoom * cy } };
}

export interface FrameOptions {
  maxZoom?: number;
  pad?: number;
  /** Animate (ms); 0 sets the viewport at once. */
  duration?: number;
  /** Where to centre when the whole does not fit at a legible zoom (default: the whole's middle). */
  focus?: Eles;
}

/**
 * The model box that framing aims at. An edge runs between its two nodes and adds almost nothing
 * to their box, yet Cytoscape computes every edge's path to measure it; so nodes only, when there
 * are any. In a lean view (large: labels are drawn only once zoomed in, style.ts) the box is the
 * nodes' own, read from positions and sizes: Cytoscape's boundingBox() first recomputes the
 * rendered style of every element a layout moved, and framing a 5,000-element view after its
 * layout took 283 ms of the page's time in the render benchmark (110 ms with nodes only, no
 * labels; 1 ms by arithmetic). Smaller views keep their labels in the box.
 */
export function extentOf(cy: Core, eles: Eles): BoundingBox12 & BoundingBoxWH {
  const nodes = eles.nodes();
  if (nodes.empty()) return eles.boundingBox();
  if (!isLean(cy)) return nodes.boundingBox();
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  nodes.forEach((n) => {
    const { x, y } = n.position();
    const w = n.outerWidth() / 2;
    const h = n.outerHeight() / 2;
    box.x1 = Math.min(box.x1, x - w);
    box.y1 = Math.min(box.y1, y - h);
    box.x2 = Math.max(box.x2, x + w);
    box.y2 = Math.max(box.y2, y + h);
  });
  return { ...box, w: box.x2 - box.x1, h: box.y2 - box.y1 };
}

/** Fits `eles` into the free area; if labels would then be too small to draw, centres `focus` at a legible zoom. */
export function frame(cy: Core, eles: Eles, opts: FrameOptions = {}): void {
  if (eles.empty()) return;
  const free = freeArea(cy);
  const pad = opts.pad ?? 40;
  let view = frameViewport(extentOf(cy, eles), free, pad, cy.minZoom(), opts.maxZoom ?? cy.maxZoom());
  const legible = legibleZoom(cy);
  if (view.zoom < legible && eles.nodes().length > 1) {
    const focus = opts.focus && opts.focus.nonempty() ? opts.focus : eles;
    const bb = extentOf(cy, focus);
    view = { zoom: legible, pan: { x: (free.x1 + free.x2) / 2 - legible * (bb.x1 + bb.w / 2), y: (free.y1 + free.y2) / 2 - legible * (bb.y1 + bb.h / 2) } };
  }
  if (opts.duration) cy.animate({ zoom: view.zoom, pan: view.pan }, { duration: opts.duration });
  else cy.viewport(view);
}

/**
 * Centres `eles` in the free area at `zoom`, or closer out when they would not fit there: a
 * relationship selected from the matrix keeps both its ends in sight (at zoom 1 a long edge ran
 * under the phone's toolbar or the drawer), even if its labels then need a hover to be read.
 */
export function centre(cy: Core, eles: Eles, wanted: number, duration = 300): void {
  if (eles.empty()) return;
  const free = freeArea(cy);
  const bb = extentOf(cy, eles);
  const pad = 16;
  const fits = Math.min((free.x2 - free.x1 - 2 * pad) / Math.max(bb.w, 1), (free.y2 - free.y1 - 2 * pad) / Math.max(bb.h, 1));
  const zoom = Math.max(cy.minZoom(), Math.min(wanted, fits));
  const pan = { x: (free.x1 + free.x2) / 2 - zoom * (bb.x1 + bb.w / 2), y: (free.y1 + free.y2) / 2 - zoom * (bb.y1 + bb.h / 2) };
  if (duration) cy.animate({ zoom, pan }, { duration });
  else cy.viewport({ zoom, pan });
}
