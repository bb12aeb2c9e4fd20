/**
 * The view's state in the URL fragment, so that a link reopens the same picture: start entity,
 * expansions, added/hidden/pinned nodes, selection, filters, date(s), layout, node positions,
 * the trace, the open panel, the renderer, and zoom and pan.
 *
 * The fragment (not the query string) is used because it never reaches the server (no log
 * lines full of ids, no length limits of proxies) and changing it does not reload the page.
 * It is written by hand rather than with URLSearchParams so ids stay readable
 * (`s=state:FRA`, not `s=state%3AFRA`). Lists use `;` between rows and `,` between fields; those
 * two characters (and `%`) are escaped inside ids, which may be DOIs and contain anything.
 */
import { isLayoutName, type LayoutName } from '../graph/layout.ts';
import { emptyFilters, type Filters } from '../graph/visibility.ts';
import { isKind, type Kind } from '../types.ts';

export interface Expansion {
  id: string;
  /** Relationships paged in by "Show more" (a hub the API capped); absent = none. */
  limit?: number;
}

export interface TraceSpec {
  from: string;
  to: string;
  first: number;
  maxLength: number;
  /** The day the trace was asked as of (null: no date). Kept, because changing the as-of date
   * later does not re-run a drawn trace: a reopened link must draw the same paths. */
  asOf?: string | null;
}

export type PanelName = 'inspect' | 'trace' | 'standing' | 'filters' | 'list' | 'timeline';
export const PANELS: readonly PanelName[] = ['inspect', 'trace', 'standing', 'filters', 'timeline', 'list'];

export interface Point {
  x: number;
  y: number;
}

/** Zoom and pan of the canvas (Cytoscape's model coordinates). */
export interface Viewport {
  zoom: number;
  pan: Point;
}

export interface ViewState {
  root: string;
  depth: number;
  expanded: Expansion[];
  added: string[];
  hidden: string[];
  pinned: string[];
  selected: string | null;
  filters: Filters;
  asOf: string | null;
  compareFrom: string | null;
  layout: LayoutName;
  /** Node positions (rounded); null = run the layout. */
  positions: Map<string, Point> | null;
  trace: TraceSpec | null;
  panel: PanelName;
  matrix: boolean;
  webgl: boolean;
  /** Zoom and pan; null = fit the picture to the window. */
  viewport: Viewport | null;
}

export const DEFAULT_ROOT = 'duty:due-diligence';
export const DEFAULT_DEPTH = 2;

export function defaultState(): ViewState {
  return {
    root: DEFAULT_ROOT,
    depth: DEFAULT_DEPTH,
    expanded: [],
    added: [],
    hidden: [],
    pinned: [],
    selected: null,
    filters: emptyFilters(),
    asOf: null,
    compareFrom: null,
    layout: 'fcose',
    positions: null,
    trace: null,
    panel: 'inspect',
    matrix: false,
    webgl: false,
    viewport: null,
  };
}

// ---------------------------------------------------------------- escaping

function escField(s: string): string {
  return s.replace(/%/g, '%25').replace(/,/g, '%2C').replace(/;/g, '%3B');
}

function unescField(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Rows of fields → `a,b;c,d`. */
export function packRows(rows: (string | number)[][]): string {
  return rows.map((r) => r.map((f) => escField(String(f))).join(',')).join(';');
}

export function unpackRows(s: string): string[][] {
  if (!s) return [];
  return s.split(';').map((row) => row.split(',').map(unescField));
}

/** Keeps `: / , ; @ !` readable in the fragment; everything else is percent-encoded. */
function encodeValue(v: string): string {
  return encodeURIComponent(v).replace(/%3A/g, ':').replace(/%2F/g, '/').replace(/%2C/g, ',').replace(/%3B/g, ';').replace(/%40/g, '@');
}

// ---------------------------------------------------------------- encode / decode

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day (2099-99-99 and 2021-02-30 are not), in the form the slider uses. */
export function isDay(s: string | undefined | null): s is string {
  if (!s || !DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function encodeState(s: ViewState): string {
  const p: [string, string][] = [];
  const put = (k: string, v: string | null | undefined): void => {
    if (v) p.push([k, v]);
  };
  if (s.root !== DEFAULT_ROOT) put('r', s.root);
  if (s.depth !== DEFAULT_DEPTH) put('dp', String(s.depth));
  put('x', packRows(s.expanded.map((e) => (e.limit ? [e.id, e.limit] : [e.id]))));
  put('a', packRows(s.added.map((id) => [id])));
  put('h', packRows(s.hidden.map((id) => [id])));
  put('pin', packRows(s.pinned.map((id) => [id])));
  put('s', s.selected);
  put('fk', [...s.filters.kinds].join(','));
  put('ft', [...s.filters.types].join(','));
  put('fs', [...s.filters.stances].join(','));
  put('d', s.asOf);
  put('d0', s.compareFrom);
  if (s.layout !== 'fcose') put('l', s.layout);
  if (s.trace) put('tr', packRows([[s.trace.from, s.trace.to, s.trace.first, s.trace.maxLength, ...(s.trace.asOf ? [s.trace.asOf] : [])]]));
  if (s.panel !== 'inspect') put('tab', s.panel);
  if (s.matrix) put('m', '1');
  if (s.webgl) put('gl', '1');
  // Zoom to 3 decimals, pan to whole pixels: enough to reopen at the same place.
  if (s.viewport) put('v', [Math.round(s.viewport.zoom * 1000) / 1000, Math.round(s.viewport.pan.x), Math.round(s.viewport.pan.y)].join(','));
  // Positions last: they are the long part, and a truncated URL then loses only them.
  if (s.positions?.size) put('p', packRows([...s.positions].map(([id, pt]) => [id, Math.round(pt.x), Math.round(pt.y)])));
  return p.map(([k, v]) => `${k}=${encodeValue(v)}`).join('&');
}

function readParams(hash: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part) continue;
    const i = part.indexOf('=');
    const k = i < 0 ? part : part.slice(0, i);
    const v = i < 0 ? '' : part.slice(i + 1);
    try {
      m.set(k, decodeURIComponent(v.replace(/\+/g, '%20')));
    } catch {
      m.set(k, v);
    }
  }
  return m;
}

function ids(s: string | undefined): string[] {
  return unpackRows(s ?? '')
    .map((r) => r[0] ?? '')
    .filter((id) => id.length > 0);
}

function intIn(s: string | undefined, lo: number, hi: number): number | undefined {
  const n = Number(s);
  return s !== undefined && s !== '' && Number.isInteger(n) && n >= lo && n <= hi ? n : undefined;
}

/**
 * Reads a fragment; anything malformed falls back to the default rather than failing. What was
 * dropped is described in `problems` (one sentence each), so the user can be told.
 */
export function decodeState(hash: string, problems: string[] = []): ViewState {
  const p = readParams(hash);
  const s = defaultState();
  const root = p.get('r');
  if (root && root.includes(':')) s.root = root;
  else if (root) problems.push(`“${root}” is not an entity id`);
  s.depth = intIn(p.get('dp'), 1, 3) ?? DEFAULT_DEPTH;
  s.expanded = unpackRows(p.get('x') ?? '')
    .filter((r) => r[0])
    .map((r) => {
      const limit = intIn(r[1], 1, 5000);
      return limit ? { id: r[0]!, limit } : { id: r[0]! };
    });
  s.added = ids(p.get('a'));
  s.hidden = ids(p.get('h'));
  s.pinned = ids(p.get('pin'));
  s.selected = p.get('s') || null;
  const list = (k: string): string[] => (p.get(k) ?? '').split(',').filter(Boolean);
  s.filters = {
    kinds: new Set(list('fk').filter(isKind) as Kind[]),
    types: new Set(list('ft').filter((t) => /^[A-Z_]+$/.test(t))),
    stances: new Set(list('fs').filter((t) => /^[A-Z_]+$/.test(t))),
  };
  const d = p.get('d');
  s.asOf = isDay(d) ? d : null;
  if (d && !s.asOf) problems.push(`the date “${d}” is not a valid day (YYYY-MM-DD)`);
  const d0 = p.get('d0');
  s.compareFrom = s.asOf && isDay(d0) ? d0 : null;
  if (d0 && !isDay(d0)) problems.push(`the comparison date “${d0}” is not a valid day (YYYY-MM-DD)`);
  const l = p.get('l');
  if (isLayoutName(l)) s.layout = l;
  const tr = unpackRows(p.get('tr') ?? '')[0];
  if (tr && tr[0] && tr[1]) {
    s.trace = { from: tr[0], to: tr[1], first: intIn(tr[2], 1, 10) ?? 3, maxLength: intIn(tr[3], 1, 5) ?? 4, asOf: isDay(tr[4]) ? tr[4] : null };
  }
  const tab = p.get('tab');
  if (tab && (PANELS as readonly string[]).includes(tab)) s.panel = tab as PanelName;
  s.matrix = p.get('m') === '1';
  s.webgl = p.get('gl') === '1';
  const [vz, vx, vy] = (p.get('v') ?? '').split(',').map((x) => (x === '' ? NaN : Number(x)));
  // Cytoscape's own zoom bounds are far wider; a zoom outside these is not a view anyone made.
  if (vz !== undefined && vz >= 0.01 && vz <= 20 && Number.isFinite(vx) && Number.isFinite(vy)) s.viewport = { zoom: vz, pan: { x: vx!, y: vy! } };
  const pos = unpackRows(p.get('p') ?? '');
  if (pos.length) {
    s.positions = new Map();
    for (const [id, x, y] of pos) {
      const px = Number(x);
      const py = Number(y);
      if (id && x !== '' && y !== '' && Number.isFinite(px) && Number.isFinite(py)) s.positions.set(id, { x: px, y: py });
    }
    if (!s.positions.size) s.positions = null;
  }
  return s;
}
