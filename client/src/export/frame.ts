/**
 * The frame that makes an exported picture fit for a memo or a slide: a title, the day the view
 * shows (as of), the data version, and a legend of the kinds and relationship types drawn. The
 * same frame goes round the SVG (renderSvg) and the PNG (composed on a canvas in download.ts), so
 * both say the same thing. Pure layout and SVG text; unit-tested.
 */
import type { Core } from 'cytoscape';
import { edgeLook, KIND_STYLE, type NodeShape } from '../graph/style.ts';
import { stanceLabel, typeLabel, type Kind, type Stance } from '../types.ts';
import { shapeSvg } from './shapes.ts';
import { escapeXml, sceneBox, SVG_FONT, svgBody, type SvgScene } from './svg.ts';

export interface LegendKind {
  label: string;
  color: string;
  border: string;
  shape: NodeShape;
}

export interface LegendType {
  label: string;
  color: string;
  dash: number[] | null;
  width: number;
}

export interface ExportFrame {
  title: string;
  /** The day the view shows: the as-of date, or today for the current graph. */
  asOf: string;
  /** True when asOf is today's graph rather than a chosen day. */
  current: boolean;
  dataVersion: string | null;
  kinds: LegendKind[];
  types: LegendType[];
}

export interface FrameLayout {
  width: number;
  height: number;
  /** Where the picture goes. */
  graph: { x: number; y: number; w: number; h: number };
  /** The frame's own SVG elements (header and legend), in the layout's coordinates. */
  svg: string;
}

const HEADER = 64;
const PAD = 16;
const ROW = 22;
const CHAR = 6.6; // average advance of a 12 px system-ui character
const MIN_WIDTH = 560;

/** The legend and header for what `cy` draws now. */
export function frameFor(cy: Core, opts: { title: string; asOf: string | null; dataVersion: string | null; today?: string }): ExportFrame {
  const kinds = new Map<string, LegendKind>();
  for (const n of cy.nodes().filter((x) => x.visible())) {
    const kind = n.data('kind') as Kind;
    const style = KIND_STYLE[kind];
    if (style && !kinds.has(kind)) kinds.set(kind, { label: kind, color: style.color, border: style.border, shape: style.shape });
  }
  const types = new Map<string, LegendType>();
  for (const e of cy.edges().filter((x) => x.visible())) {
    const type = String(e.data('type'));
    const stance = (e.data('stance') ?? null) as Stance | null;
    const look = edgeLook(type, stance);
    const label = stance ? `${typeLabel(type)}: ${stanceLabel(stance)}` : typeLabel(type);
    if (!types.has(label))
      types.set(label, {
        label,
        color: look.color,
        dash: look.line === 'solid' ? null : look.line === 'dotted' ? [2, 3] : (look.dash ?? [6, 4]),
        width: look.width,
      });
  }
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  return {
    title: opts.title,
    asOf: opts.asOf ?? today,
    current: !opts.asOf,
    dataVersion: opts.dataVersion,
    kinds: [...kinds.values()].sort((a, b) => a.label.localeCompare(b.label)),
    types: [...types.values()].sort((a, b) => a.label.localeCompare(b.label)),
  };
}

/** One line under the title: what day, which data. */
export function subtitle(frame: ExportFrame): string {
  const day = frame.current ? `As of ${frame.asOf} (the current graph)` : `As of ${frame.asOf}`;
  return `${day} · data version ${frame.dataVersion ?? 'unknown'} · Cyber Norms Atlas`;
}

interface Item {
  text: string;
  swatch: (x: number, y: number) => string;
}

function kindItem(k: LegendKind): Item {
  return {
    text: k.label,
    swatch: (x, y) => shapeSvg(k.shape, x + 7, y, 14, 14, `fill="${escapeXml(k.color)}" stroke="${escapeXml(k.border)}" stroke-width="1"`),
  };
}

function typeItem(t: LegendType): Item {
  return {
    text: t.label,
    swatch: (x, y) =>
      `<line x1="${x}" y1="${y}" x2="${x + 22}" y2="${y}" stroke="${escapeXml(t.color)}" stroke-width="${Math.min(t.width, 4)}"${t.dash ? ` stroke-dasharray="${t.dash.join(' ')}"` : ''}/>`,
  };
}

/** Items laid out in rows that wrap at `width`; returns the SVG and the height used. */
function flow(heading: string, items: Item[], x0: number, y0: number, width: number): { svg: string; height: number } {
  if (!items.length) return { svg: '', height: 0 };
  const out = [`<text x="${x0}" y="${y0 + 12}" font-size="12" font-weight="600" fill="#1a1a1a">${escapeXml(heading)}</text>`];
  let x = x0;
  let y = y0 + ROW + 8;
  for (const it of items) {
    const w = 30 + it.text.length * CHAR + 18;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += ROW;
    }
    out.push(it.swatch(x, y - 4), `<text x="${x + 28}" y="${y}" font-size="12" fill="#1a1a1a">${escapeXml(it.text)}</text>`);
    x += w;
  }
  return { svg: out.join('\n'), height: y - y0 + 10 };
}

/** Header above and legend below a picture of graphW × graphH. */
export function layoutFrame(frame: ExportFrame, graphW: number, graphH: number): FrameLayout {
  const sub = subtitle(frame);
  const width = Math.ceil(Math.max(graphW, MIN_WIDTH, frame.title.length * 11 + 2 * PAD, sub.length * CHAR + 2 * PAD));
  const graph = { x: Math.round((width - graphW) / 2), y: HEADER, w: graphW, h: graphH };
  const inner = width - 2 * PAD;
  const kinds = flow('Kinds drawn', frame.kinds.map(kindItem), PAD, HEADER + graphH + PAD, inner);
  const types = flow('Relationships drawn', frame.types.map(typeItem), PAD, HEADER + graphH + PAD + kinds.height + (kinds.height ? 6 : 0), inner);
  const height = Math.ceil(HEADER + graphH + PAD + kinds.height + types.height + PAD + 6);
  const svg = [
    `<g class="export-header">`,
    `<text x="${PAD}" y="28" font-size="20" font-weight="700" fill="#1a1a1a">${escapeXml(frame.title)}</text>`,
    `<text x="${PAD}" y="50" font-size="12" fill="#444">${escapeXml(sub)}</text>`,
    `<line x1="${PAD}" y1="${HEADER - 4}" x2="${width - PAD}" y2="${HEADER - 4}" stroke="#d0d7de"/>`,
    `</g>`,
    `<g class="export-legend">`,
    `<line x1="${PAD}" y1="${HEADER + graphH + 4}" x2="${width - PAD}" y2="${HEADER + graphH + 4}" stroke="#d0d7de"/>`,
    kinds.svg,
    types.svg,
    `</g>`,
  ]
    .filter(Boolean)
    .join('\n');
  return { width, height, graph, svg };
}

/** The SVG export: header, the picture, legend; the picture's labels whole. */
export function renderFramedSvg(scene: SvgScene, frame: ExportFrame): string {
  const box = sceneBox(scene);
  const lay = layoutFrame(frame, Math.ceil(box.w), Math.ceil(box.h));
  const dx = lay.graph.x - box.x;
  const dy = lay.graph.y - box.y;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${lay.width}" height="${lay.height}" viewBox="0 0 ${lay.width} ${lay.height}" font-family="${SVG_FONT}">`,
    `<title>${escapeXml(frame.title)}</title>`,
    `<desc>${escapeXml(subtitle(frame))}</desc>`,
    `<rect x="0" y="0" width="${lay.width}" height="${lay.height}" fill="${escapeXml(scene.background)}"/>`,
    lay.svg,
    `<g class="export-graph" transform="translate(${Math.round(dx * 100) / 100} ${Math.round(dy * 100) / 100})">`,
    svgBody(scene),
    '</g>',
    '</svg>',
  ].join('\n');
}

/**
 * The PNG's scale: 2x for print, but at most 8,000 px a side and 16 million pixels in all, so a
 * big view neither exhausts canvas memory nor takes half a minute to paint and encode.
 */
export function pngScale(width: number, height: number): number {
  return Math.max(0.25, Math.min(2, 8000 / Math.max(width, height, 1), Math.sqrt(16e6 / Math.max(width * height, 1))));
}

/** The frame alone (header and legend round an empty space), to paint under a PNG of the picture. */
export function frameOnlySvg(lay: FrameLayout, scale: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${lay.width * scale}" height="${lay.height * scale}" viewBox="0 0 ${lay.width} ${lay.height}" font-family="${SVG_FONT}"><rect x="0" y="0" width="${lay.width}" height="${lay.height}" fill="#ffffff"/>${lay.svg}</svg>`;
}
