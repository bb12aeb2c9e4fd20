/**
 * The look of the graph, as data. Kinds differ by colour AND shape, stances by colour AND line
 * pattern (and width), so that nothing depends on colour alone: the Okabe–Ito palette is safe for
 * the common colour-vision deficiencies, the shapes and dash patterns carry the same information
 * in greyscale print. The legend, the SVG export and the tests read these same tables.
 */
import type { StylesheetJson } from 'cytoscape';
import { GENERATED_TYPES, type Kind, type Stance } from '../types.ts';

/** Okabe & Ito (2008), "Color Universal Design". */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

export type NodeShape =
  | 'ellipse'
  | 'hexagon'
  | 'round-rectangle'
  | 'diamond'
  | 'rectangle'
  | 'octagon'
  | 'round-tag'
  | 'triangle'
  | 'star'
  | 'pentagon'
  | 'vee'
  | 'barrel'
  | 'heptagon';

export interface KindStyle {
  color: string;
  shape: NodeShape;
  /** Border colour: dark enough to outline light fills on a white background. */
  border: string;
  /** Base node size in px (the duty, the subject of the atlas, is drawn larger). */
  size: number;
}

export const KIND_STYLE: Record<Kind, KindStyle> = {
  Duty: { color: OKABE_ITO.orange, shape: 'diamond', border: '#8a5a00', size: 40 },
  State: { color: OKABE_ITO.skyBlue, shape: 'ellipse', border: '#1f6f9c', size: 28 },
  Organisation: { color: OKABE_ITO.blue, shape: 'hexagon', border: '#003f63', size: 32 },
  Instrument: { color: OKABE_ITO.bluishGreen, shape: 'round-rectangle', border: '#00573f', size: 30 },
  Document: { color: OKABE_ITO.yellow, shape: 'rectangle', border: '#7a7300', size: 26 },
  Case: { color: OKABE_ITO.black, shape: 'octagon', border: '#000000', size: 28 },
  Paper: { color: OKABE_ITO.reddishPurple, shape: 'round-tag', border: '#7d3b63', size: 24 },
  Person: { color: '#BBBBBB', shape: 'triangle', border: '#555555', size: 22 },
  Index: { color: '#666666', shape: 'star', border: '#333333', size: 28 },
  Event: { color: '#FFFFFF', shape: 'pentagon', border: '#333333', size: 26 },
  Incident: { color: OKABE_ITO.vermillion, shape: 'vee', border: '#7a3600', size: 28 },
  Attribution: { color: '#DDDDDD', shape: 'barrel', border: '#555555', size: 24 },
  Response: { color: '#444444', shape: 'heptagon', border: '#000000', size: 24 },
};

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface EdgeLook {
  color: string;
  line: LineStyle;
  /** Dash pattern for `dashed` lines (px on, px off...). */
  dash?: number[];
  width: number;
  arrow: 'triangle' | 'tee' | 'vee' | 'circle' | 'none';
  /** One word for the legend and the list view. */
  meaning: string;
}

/**
 * Positions: binding solid, voluntary dashed, unsettled dotted, contested red-ish with a
 * dash-dot pattern. Papers and citations: supporting solid green, contrasting red-ish dash-dot
 * (the same pattern as contested: both cut against the duty), mentioning thin grey dotted.
 */
export const STANCE_STYLE: Record<Stance, EdgeLook> = {
  BINDING: { color: OKABE_ITO.blue, line: 'solid', width: 3.5, arrow: 'triangle', meaning: 'binding' },
  VOLUNTARY: { color: OKABE_ITO.bluishGreen, line: 'dashed', dash: [9, 5], width: 3, arrow: 'triangle', meaning: 'voluntary' },
  UNSETTLED: { color: OKABE_ITO.orange, line: 'dotted', width: 3, arrow: 'circle', meaning: 'unsettled' },
  CONTESTED: { color: OKABE_ITO.vermillion, line: 'dashed', dash: [12, 4, 2, 4], width: 3.5, arrow: 'tee', meaning: 'contested' },
  PRINCIPLE_ONLY: { color: OKABE_ITO.reddishPurple, line: 'dashed', dash: [3, 3], width: 3, arrow: 'vee', meaning: 'principle only' },
  SUPPORTS: { color: OKABE_ITO.bluishGreen, line: 'solid', width: 2.5, arrow: 'triangle', meaning: 'supports' },
  CONTRASTS: { color: OKABE_ITO.vermillion, line: 'dashed', dash: [12, 4, 2, 4], width: 2.5, arrow: 'tee', meaning: 'contrasts' },
  MENTIONS: { color: '#888888', line: 'dotted', width: 1.5, arrow: 'vee', meaning: 'mentions' },
  SUPPORTING: { color: OKABE_ITO.bluishGreen, line: 'solid', width: 2, arrow: 'triangle', meaning: 'supporting' },
  CONTRASTING: { color: OKABE_ITO.vermillion, line: 'dashed', dash: [12, 4, 2, 4], width: 2, arrow: 'tee', meaning: 'contrasting' },
  MENTIONING: { color: '#888888', line: 'dotted', width: 1.5, arrow: 'vee', meaning: 'mentioning' },
};

/** Edges without a stance: quiet grey, so that stances stand out. */
export const PLAIN_EDGE: EdgeLook = { color: '#9A9A9A', line: 'solid', width: 1.5, arrow: 'triangle', meaning: 'relationship' };

/** Generated links (entity linking over text) are the weakest evidence: lighter still. */
export const GENERATED_EDGE: EdgeLook = { color: '#C4C4C4', line: 'dotted', width: 1, arrow: 'vee', meaning: 'generated link' };

export function edgeLook(type: string, stance: Stance | null | undefined): EdgeLook {
  if (stance) return STANCE_STYLE[stance];
  if ((GENERATED_TYPES as readonly string[]).includes(type)) return GENERATED_EDGE;
  return PLAIN_EDGE;
}

/** Colours of the highlight classes; blue/vermillion stay distinguishable for all CVD types. */
export const HIGHLIGHT = {
  selection: '#000000',
  focus: OKABE_ITO.yellow,
  trace: OKABE_ITO.blue,
  added: OKABE_ITO.blue,
  removed: OKABE_ITO.vermillion,
} as const;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';

/** Keep very long labels (paper titles) short on the canvas; the inspector shows them in full. */
export function shortLabel(label: string, max = 34): string {
  const clean = label.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** Classes the label pass (graph/labels.ts) sets: shortened, hidden, or whole on hover. */
export const LABEL_CLASS = { short: 'label-short', hidden: 'label-hidden', full: 'label-full' } as const;

/** Among nodes of equal degree, whose label the pass keeps first: the law before the commentary. */
export const LABEL_KIND_PRIORITY: Record<Kind, number> = {
  Duty: 9,
  Instrument: 8,
  Organisation: 7,
  State: 6,
  Case: 5,
  Document: 4,
  Incident: 4,
  Attribution: 3,
  Response: 3,
  Event: 3,
  Index: 2,
  Paper: 1,
  Person: 0,
};

/** Node labels are drawn only from this many screen pixels up (`min-zoomed-font-size`). */
export const LEGIBLE_FONT_PX = 7;

/** Above this many elements the drawing goes lean (see `stylesheet`). */
export const LEAN_ELEMENTS = 2500;

/**
 * Cytoscape stylesheet. Later rules win, so state classes (hidden, faded, highlight) come last.
 * `lean` (large views): straight "haystack" edges without arrowheads, node labels only once
 * zoomed in and without halos: the three costliest things to draw. Colours, line patterns and
 * shapes, which carry the meaning, stay.
 */
export function stylesheet(opts: { lean?: boolean } = {}): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(short)',
        'font-family': FONT,
        'font-size': 12,
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '150px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2.5,
        'text-outline-opacity': 0.9,
        // Labels vanish below a readable size instead of turning into grey smudges.
        'min-zoomed-font-size': LEGIBLE_FONT_PX,
        'border-width': 1.5,
        'overlay-opacity': 0,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        width: PLAIN_EDGE.width,
        'line-color': PLAIN_EDGE.color,
        'target-arrow-color': PLAIN_EDGE.color,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        opacity: 0.9,
        'font-family': FONT,
        // Edge labels (on hover, selection and traces) at a reading size, on a white plate.
        'font-size': 11,
        color: '#1a1a1a',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 8,
      },
    },
  ];
  for (const [kind, s] of Object.entries(KIND_STYLE)) {
    sheet.push({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': s.color, shape: s.shape, 'border-color': s.border, width: s.size, height: s.size },
    });
  }
  // Hubs are drawn a little larger so the eye finds them; log-scaled to keep hubs from dominating.
  sheet.push({ selector: 'node[degree >= 20]', style: { width: 'mapData(degree, 20, 300, 34, 56)', height: 'mapData(degree, 20, 300, 34, 56)' } });
  sheet.push({
    selector: 'node[kind = "Duty"][degree >= 20]',
    style: { width: 'mapData(degree, 20, 300, 44, 64)', height: 'mapData(degree, 20, 300, 44, 64)' },
  });
  for (const look of [GENERATED_EDGE]) {
    sheet.push({ selector: GENERATED_TYPES.map((t) => `edge[type = "${t}"]`).join(', '), style: edgeStyle(look) });
  }
  for (const [stance, look] of Object.entries(STANCE_STYLE)) {
    sheet.push({ selector: `edge[stance = "${stance}"]`, style: edgeStyle(look) });
  }
  if (opts.lean) {
    sheet.push(
      { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
      { selector: 'node', style: { 'min-zoomed-font-size': 11, 'text-outline-width': 0 } },
    );
  }
  sheet.push(
    { selector: 'edge.show-label, edge:selected', style: { label: 'data(caption)' } },
    { selector: 'node.expanded', style: { 'border-width': 3 } },
    { selector: 'node.capped', style: { 'border-style': 'double', 'border-width': 5 } },
    { selector: 'node.pinned', style: { 'outline-width': 3, 'outline-color': '#333333', 'outline-style': 'solid', 'outline-offset': 2 } },
    // The label pass (graph/labels.ts): the less important of two colliding labels is shortened,
    // then hidden; the central node's name is never cut; hovering shows any name whole.
    { selector: `node.${LABEL_CLASS.short}`, style: { 'text-max-width': '70px' } },
    // An empty label, not a transparent one: highlight rules later in the sheet set text-opacity.
    { selector: `node.${LABEL_CLASS.hidden}`, style: { label: '' } },
    { selector: 'node.root', style: { 'font-size': 13, 'font-weight': 'bold', label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': '200px' } },
    {
      selector: `node.${LABEL_CLASS.full}`,
      style: { label: 'data(label)', 'text-opacity': 1, 'text-wrap': 'wrap', 'text-max-width': '220px', 'z-index': 40, 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': '2px' },
    },
    // The selected node shows its full name, wrapped.
    {
      selector: 'node:selected',
      style: {
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': '220px',
        'border-width': 4,
        'border-color': HIGHLIGHT.selection,
        'underlay-color': HIGHLIGHT.focus,
        'underlay-padding': 8,
        'underlay-opacity': 0.8,
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    { selector: 'edge:selected', style: { width: 5, 'underlay-color': HIGHLIGHT.focus, 'underlay-padding': 5, 'underlay-opacity': 0.8, 'z-index': 20 } },
    {
      selector: 'node.focus',
      style: { 'underlay-color': HIGHLIGHT.focus, 'underlay-padding': 12, 'underlay-opacity': 0.9, 'z-index': 30, 'font-weight': 'bold' },
    },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    {
      selector: 'node.trace',
      style: { 'border-width': 4, 'border-color': HIGHLIGHT.trace, opacity: 1, 'text-opacity': 1, 'z-index': 25, 'font-weight': 'bold' },
    },
    {
      selector: 'edge.trace',
      style: {
        width: 6,
        opacity: 1,
        'underlay-color': HIGHLIGHT.trace,
        'underlay-padding': 3,
        'underlay-opacity': 0.35,
        label: 'data(caption)',
        'z-index': 25,
      },
    },
    {
      selector: 'edge.trace-secondary',
      style: { width: 4, opacity: 0.85, 'underlay-color': HIGHLIGHT.trace, 'underlay-padding': 2, 'underlay-opacity': 0.15 },
    },
    { selector: '.diff-added', style: { 'underlay-color': HIGHLIGHT.added, 'underlay-padding': 6, 'underlay-opacity': 0.55, opacity: 1, 'text-opacity': 1 } },
    { selector: '.diff-removed', style: { 'underlay-color': HIGHLIGHT.removed, 'underlay-padding': 6, 'underlay-opacity': 0.55, opacity: 0.7 } },
    // What the user selected or searched for stays legible inside a faded trace view.
    { selector: 'node:selected.faded, node.focus.faded, edge:selected.faded', style: { opacity: 1, 'text-opacity': 1 } },
    // Hidden for any reason: by a filter, by the time slider, or by the user.
    // A fact whose date is unknown (or too coarse for the day) on the as-of view: drawn apart.
    { selector: 'edge.t-unknown', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], opacity: 0.75 } },
    { selector: 'node.t-unknown', style: { 'border-style': 'dashed', 'border-width': 2 } },
    { selector: '.f-hidden, .t-hidden, .u-hidden, .o-hidden', style: { display: 'none' } },
  );
  return sheet;
}

function edgeStyle(look: EdgeLook): Record<string, unknown> {
  return {
    'line-color': look.color,
    'target-arrow-color': look.color,
    'target-arrow-shape': look.arrow,
    'line-style': look.line,
    ...(look.dash ? { 'line-dash-pattern': look.dash } : {}),
    width: look.width,
  };
}
