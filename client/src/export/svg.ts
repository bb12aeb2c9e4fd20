/**
 * SVG export, written here because the `cytoscape-svg` extension is GPLv3 and the bundle must
 * stay permissive. Two steps: `sceneFromCy` reads positions and computed styles of the visible
 * elements into plain data; `renderSvg` turns that data into a standalone SVG document (pure,
 * unit-tested). Labels are real <text>, so the export is searchable and scales for print.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { LABEL_CLASS, type NodeShape } from '../graph/style.ts';
import { shapeSvg } from './shapes.ts';

export interface Pt {
  x: number;
  y: number;
}

export interface SvgNode {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  shape: NodeShape;
  fill: string;
  stroke: string;
  strokeWidth: number;
  opacity: number;
  label: string;
  fontSize: number;
  /** A highlight ring (selection, trace, change), drawn under the node. */
  halo?: string | null;
}

export type ArrowShape = 'triangle' | 'tee' | 'vee' | 'circle' | 'none';

export interface SvgEdge {
  id: string;
  /** Source endpoint, bezier control points (zero or more), target endpoint. */
  points: Pt[];
  color: string;
  width: number;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  dash: number[] | null;
  arrow: ArrowShape;
  opacity: number;
  label: string | null;
}

export interface SvgScene {
  nodes: SvgNode[];
  edges: SvgEdge[];
  background: string;
  title: string;
  padding?: number;
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const f = (v: number): string => String(Math.round(v * 100) / 100);

/** Characters per line of a node label: long names wrap onto more lines, never cut. */
const LABEL_LINE = 30;

/** A label in lines of at most LABEL_LINE characters, broken at spaces (a longer word keeps its line). */
export function labelLines(label: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && line.length + 1 + word.length > LABEL_LINE) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The drawing's extent, labels included (approximated: 0.6 em per character). */
export function sceneBounds(scene: SvgScene): { x1: number; y1: number; x2: number; y2: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const nd of scene.nodes) {
    // The whole label, however long, in its lines: an export for a memo must not cut names.
    const lines = labelLines(nd.label);
    const labelW = (Math.max(0, ...lines.map((l) => l.length)) * nd.fontSize * 0.6) / 2;
    x1 = Math.min(x1, nd.x - Math.max(nd.w / 2, labelW));
    x2 = Math.max(x2, nd.x + Math.max(nd.w / 2, labelW));
    y1 = Math.min(y1, nd.y - nd.h / 2);
    y2 = Math.max(y2, nd.y + nd.h / 2 + nd.fontSize * (0.4 + 1.2 * Math.max(1, lines.length)));
  }
  for (const e of scene.edges) {
    for (const p of e.points) {
      x1 = Math.min(x1, p.x);
      x2 = Math.max(x2, p.x);
      y1 = Math.min(y1, p.y);
      y2 = Math.max(y2, p.y);
    }
  }
  if (!Number.isFinite(x1)) return { x1: 0, y1: 0, x2: 100, y2: 100 };
  return { x1, y1, x2, y2 };
}

/** Path data: straight line, one quadratic curve, or a chain of quadratics through midpoints. */
export function edgePath(points: Pt[]): string {
  const [s, ...rest] = points;
  if (!s || !rest.length) return '';
  const t = rest[rest.length - 1]!;
  const ctrl = rest.slice(0, -1);
  if (!ctrl.length) return `M${f(s.x)},${f(s.y)} L${f(t.x)},${f(t.y)}`;
  let d = `M${f(s.x)},${f(s.y)}`;
  for (let i = 0; i < ctrl.length; i++) {
    const c = ctrl[i]!;
    const next = i + 1 < ctrl.length ? { x: (c.x + ctrl[i + 1]!.x) / 2, y: (c.y + ctrl[i + 1]!.y) / 2 } : t;
    d += ` Q${f(c.x)},${f(c.y)} ${f(next.x)},${f(next.y)}`;
  }
  return d;
}

function dashArray(e: SvgEdge): string {
  if (e.lineStyle === 'dotted') return ` stroke-dasharray="${f(e.width)} ${f(e.width * 1.6)}" stroke-linecap="round"`;
  if (e.lineStyle === 'dashed') return ` stroke-dasharray="${(e.dash?.length ? e.dash : [6, 4]).map(f).join(' ')}"`;
  return '';
}

/** The arrowhead at the target, pointing along the last segment. */
export function arrowSvg(e: SvgEdge): string {
  if (e.arrow === 'none' || e.points.length < 2) return '';
  const t = e.points[e.points.length - 1]!;
  const p = e.points[e.points.length - 2]!;
  const len = Math.hypot(t.x - p.x, t.y - p.y) || 1;
  const ux = (t.x - p.x) / len;
  const uy = (t.y - p.y) / len;
  const size = 4 + e.width * 2.2;
  const bx = t.x - ux * size;
  const by = t.y - uy * size;
  const nx = -uy * (size / 2);
  const ny = ux * (size / 2);
  const paint = `fill="${escapeXml(e.color)}" stroke="${escapeXml(e.color)}" opacity="${f(e.opacity)}"`;
  if (e.arrow === 'circle') return `<circle cx="${f(t.x - ux * (size / 2))}" cy="${f(t.y - uy * (size / 2))}" r="${f(size / 2.5)}" ${paint}/>`;
  if (e.arrow === 'tee')
    return `<line x1="${f(t.x + nx)}" y1="${f(t.y + ny)}" x2="${f(t.x - nx)}" y2="${f(t.y - ny)}" stroke="${escapeXml(e.color)}" stroke-width="${f(Math.max(2, e.width))}" opacity="${f(e.opacity)}"/>`;
  if (e.arrow === 'vee') {
    const mx = t.x - ux * size * 0.55;
    const my = t.y - uy * size * 0.55;
    return `<polygon points="${f(t.x)},${f(t.y)} ${f(bx + nx)},${f(by + ny)} ${f(mx)},${f(my)} ${f(bx - nx)},${f(by - ny)}" ${paint}/>`;
  }
  return `<polygon points="${f(t.x)},${f(t.y)} ${f(bx + nx)},${f(by + ny)} ${f(bx - nx)},${f(by - ny)}" ${paint}/>`;
}

export const SVG_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/** The picture's box in scene coordinates: the drawing's extent plus padding. */
export function sceneBox(scene: SvgScene): { x: number; y: number; w: number; h: number } {
  const pad = scene.padding ?? 30;
  const b = sceneBounds(scene);
  return { x: b.x1 - pad, y: b.y1 - pad, w: b.x2 - b.x1 + 2 * pad, h: b.y2 - b.y1 + 2 * pad };
}

export function renderSvg(scene: SvgScene): string {
  const box = sceneBox(scene);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(box.w)}" height="${f(box.h)}" viewBox="${f(box.x)} ${f(box.y)} ${f(box.w)} ${f(box.h)}" font-family="${SVG_FONT}">`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<rect x="${f(box.x)}" y="${f(box.y)}" width="${f(box.w)}" height="${f(box.h)}" fill="${escapeXml(scene.background)}"/>`,
    svgBody(scene),
    '</svg>',
  ].join('\n');
}

/** The edges and nodes as SVG elements (no document around them), in scene coordinates. */
export function svgBody(scene: SvgScene): string {
  const out: string[] = ['<g class="edges">'];
  for (const e of scene.edges) {
    const d = edgePath(e.points);
    if (!d) continue;
    out.push(`<g class="edge" data-id="${escapeXml(e.id)}">`);
    out.push(`<path d="${d}" fill="none" stroke="${escapeXml(e.color)}" stroke-width="${f(e.width)}" opacity="${f(e.opacity)}"${dashArray(e)}/>`);
    out.push(arrowSvg(e));
    if (e.label) {
      const mid = e.points[Math.floor(e.points.length / 2)]!;
      out.push(
        `<text x="${f(mid.x)}" y="${f(mid.y - 4)}" font-size="9" text-anchor="middle" fill="#333" stroke="#fff" stroke-width="2" paint-order="stroke">${escapeXml(e.label)}</text>`,
      );
    }
    out.push('</g>');
  }
  out.push('</g>', '<g class="nodes">');
  for (const nd of scene.nodes) {
    out.push(`<g class="node" data-id="${escapeXml(nd.id)}" opacity="${f(nd.opacity)}">`);
    if (nd.halo) out.push(shapeSvg('ellipse', nd.x, nd.y, nd.w + 16, nd.h + 16, `fill="${escapeXml(nd.halo)}" opacity="0.6"`));
    out.push(shapeSvg(nd.shape, nd.x, nd.y, nd.w, nd.h, `fill="${escapeXml(nd.fill)}" stroke="${escapeXml(nd.stroke)}" stroke-width="${f(nd.strokeWidth)}"`));
    if (nd.label) {
      out.push(
        `<text x="${f(nd.x)}" y="${f(nd.y + nd.h / 2 + nd.fontSize + 3)}" font-size="${f(nd.fontSize)}" text-anchor="middle" fill="#1a1a1a" stroke="#fff" stroke-width="2.5" paint-order="stroke">${labelLines(
          nd.label,
        )
          .map((line, i) => (i ? `<tspan x="${f(nd.x)}" dy="1.2em">${escapeXml(line)}</tspan>` : escapeXml(line)))
          .join('')}</text>`,
      );
    }
    out.push('</g>');
  }
  out.push('</g>');
  return out.filter(Boolean).join('\n');
}

// ---------------------------------------------------------------- reading the canvas

const SHAPES: readonly NodeShape[] = ['ellipse', 'hexagon', 'round-rectangle', 'diamond', 'rectangle', 'octagon', 'round-tag', 'triangle', 'star', 'pentagon'];

function nodeFromCy(nd: NodeSingular): SvgNode {
  const shape = String(nd.style('shape')) as NodeShape;
  const under = Number(nd.style('underlay-opacity')) > 0 ? String(nd.style('underlay-color')) : null;
  return {
    id: nd.id(),
    x: nd.position('x'),
    y: nd.position('y'),
    w: nd.width(),
    h: nd.height(),
    shape: SHAPES.includes(shape) ? shape : 'ellipse',
    fill: String(nd.style('background-color')),
    stroke: String(nd.style('border-color')),
    strokeWidth: nd.numericStyle('border-width'),
    opacity: nd.effectiveOpacity(),
    // The full name, not the canvas's shortened one (labels are not cut in an export); none where
    // the label pass hid it to keep labels from colliding (graph/labels.ts).
    label: nd.hasClass(LABEL_CLASS.hidden) ? '' : String(nd.data('label') ?? nd.data('short') ?? ''),
    fontSize: nd.numericStyle('font-size') || 11,
    halo: under,
  };
}

function edgeFromCy(e: EdgeSingular): SvgEdge {
  const ctrl = (e.controlPoints() ?? []) as Pt[];
  const style = String(e.style('line-style'));
  const dashRaw = e.style('line-dash-pattern') as unknown;
  const dash = Array.isArray(dashRaw)
    ? dashRaw.map(Number).filter(Number.isFinite)
    : typeof dashRaw === 'string'
      ? dashRaw
          .split(/[\s,]+/)
          .map(Number)
          .filter(Number.isFinite)
      : null;
  const arrow = String(e.style('target-arrow-shape'));
  return {
    id: e.id(),
    points: [e.sourceEndpoint(), ...ctrl, e.targetEndpoint()].map((p) => ({ x: p.x, y: p.y })),
    color: String(e.style('line-color')),
    width: e.numericStyle('width'),
    lineStyle: style === 'dashed' || style === 'dotted' ? style : 'solid',
    dash: dash && dash.length ? dash : null,
    arrow: (['triangle', 'tee', 'vee', 'circle'] as const).find((a) => a === arrow) ?? (arrow === 'none' ? 'none' : 'triangle'),
    opacity: e.effectiveOpacity(),
    label: e.hasClass('trace') || e.selected() ? String(e.data('caption') ?? '') : null,
  };
}

/** The visible picture as plain data. */
export function sceneFromCy(cy: Core, title: string): SvgScene {
  return {
    title,
    background: '#ffffff',
    nodes: cy
      .nodes()
      .filter((n) => n.visible())
      .map(nodeFromCy),
    edges: cy
      .edges()
      .filter((e) => e.visible())
      .map(edgeFromCy),
  };
}
