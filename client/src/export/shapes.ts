/**
 * Node shapes as SVG, matching Cytoscape's geometry closely enough that an exported SVG and the
 * legend swatches look like the canvas. Polygons use Cytoscape's own construction (regular
 * n-gons started at the top, then stretched to fill the node's box).
 */
import type { NodeShape } from '../graph/style.ts';

type Pt = [number, number];

/** Cytoscape's `generateUnitNgonPointsFitToSquare`: a regular n-gon scaled to the [-1, 1] box. */
export function unitNgon(sides: number): Pt[] {
  const inc = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + inc / 2 : Math.PI / 2;
  const pts: Pt[] = [];
  for (let i = 0; i < sides; i++) {
    const a = start + i * inc;
    pts.push([Math.cos(a), -Math.sin(a)]);
  }
  return fitToSquare(pts);
}

function fitToSquare(pts: Pt[]): Pt[] {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  return pts.map(([x, y]) => [((x - minX) / (maxX - minX)) * 2 - 1, ((y - minY) / (maxY - minY)) * 2 - 1]);
}

function unitStar(): Pt[] {
  const inner = 0.382; // inner radius ratio of a regular five-pointed star
  const pts: Pt[] = [];
  for (let i = 0; i < 5; i++) {
    const a = Math.PI / 2 + (i * 2 * Math.PI) / 5;
    const b = a + Math.PI / 5;
    pts.push([Math.cos(a), -Math.sin(a)], [inner * Math.cos(b), -inner * Math.sin(b)]);
  }
  return fitToSquare(pts);
}

const POLYGONS: Partial<Record<NodeShape, Pt[]>> = {
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  triangle: unitNgon(3),
  pentagon: unitNgon(5),
  hexagon: unitNgon(6),
  octagon: unitNgon(8),
  star: unitStar(),
  // Cytoscape's tag: a label with its point to the right.
  'round-tag': [
    [-1, -1],
    [0.25, -1],
    [1, 0],
    [0.25, 1],
    [-1, 1],
  ],
};

const n = (v: number): string => String(Math.round(v * 100) / 100);

/** One SVG element for a node shape centred at (cx, cy) with size w × h. `attrs` is pre-escaped. */
export function shapeSvg(shape: NodeShape, cx: number, cy: number, w: number, h: number, attrs: string): string {
  if (shape === 'ellipse') return `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(w / 2)}" ry="${n(h / 2)}" ${attrs}/>`;
  if (shape === 'rectangle' || shape === 'round-rectangle') {
    const r = shape === 'round-rectangle' ? Math.min(w, h) / 4 : 0;
    return `<rect x="${n(cx - w / 2)}" y="${n(cy - h / 2)}" width="${n(w)}" height="${n(h)}"${r ? ` rx="${n(r)}"` : ''} ${attrs}/>`;
  }
  const poly = POLYGONS[shape] ?? POLYGONS.diamond!;
  const pts = poly.map(([x, y]) => `${n(cx + (x * w) / 2)},${n(cy + (y * h) / 2)}`).join(' ');
  const join = shape === 'round-tag' ? ' stroke-linejoin="round"' : '';
  return `<polygon points="${pts}"${join} ${attrs}/>`;
}

/** A small standalone SVG (legend, search results, list view). */
export function swatchSvg(shape: NodeShape, fill: string, stroke: string, size = 14): string {
  const s = size;
  return `<svg width="${s}" height="${s}" viewBox="0 0 ${s} ${s}" aria-hidden="true" focusable="false">${shapeSvg(shape, s / 2, s / 2, s - 2, s - 2, `fill="${fill}" stroke="${stroke}" stroke-width="1"`)}</svg>`;
}
