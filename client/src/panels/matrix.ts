/**
 * Positions matrix: holders (states, and organisations that speak for their members) by rules,
 * each cell the holder's standing toward the rule as the API's `standings` decides it: its own
 * stance with its curation, an organisation's stance labelled "via", a recorded silence ("no
 * public position"), or nothing recorded. Sortable by name, region or any rule column; filterable
 * by text, region, kind, stance and curation. Activating an own stance brings the holder, the rule
 * and the document into the graph and selects the position with its evidence.
 * Data shaping: matrix-data.ts; one cell: matrix-cell.ts; the reads: api/matrix.ts.
 */
import { fetchMatrix, type MatrixRule } from '../api/matrix.ts';
import type { Position } from '../api/queries.ts';
import { h } from '../dom.ts';
import { edgeCaption } from '../graph/model.ts';
import { TYPE_FOR } from '../types.ts';
import type { EdgeData } from '../types.ts';
import { renderCell, stanceText } from './matrix-cell.ts';
import { CURATIONS, matchesCuration, shapeMatrix, type Cell, type Row } from './matrix-data.ts';
import { announce, busy, reportError } from './notices.ts';
import type { Ports } from './ports.ts';
import './matrix.css';

/** Sort rank of a cell: own stances first (binding, voluntary, unsettled, contested, principle), then via, silence, blank. */
const STANCE_RANK: Record<string, number> = { BINDING: 0, VOLUNTARY: 1, UNSETTLED: 2, CONTESTED: 3, PRINCIPLE_ONLY: 4 };
const KIND_RANK: Record<string, number> = { position: 0, via: 10, treaty: 11, practice: 12, silence: 13, none: 20 };

type SortKey = { by: 'name' | 'region' | 'duty'; duty?: string; dir: 1 | -1 };

export class MatrixPanel {
  private rules: MatrixRule[] = [];
  private rows: Row[] = [];
  private sort: SortKey = { by: 'name', dir: 1 };
  private text = '';
  private region = '';
  private kind = '';
  private stance = '';
  private curation = '';
  private loadedFor: string | null | undefined = undefined;
  private body: HTMLElement;

  constructor(
    private ports: Ports<
      'on' | 'emit' | 'checkpoint' | 'connect' | 'drawLoose' | 'reveal' | 'liftFading' | 'relayout' | 'select' | 'setPanel' | 'setMatrixOpen',
      'findEdge' | 'has'
    >,
    private el: HTMLElement,
  ) {
    this.body = h('div', { class: 'matrix-body' });
    el.replaceChildren(
      h(
        'div',
        { class: 'drawer-head' },
        h('h2', { id: 'matrix-title' }, 'Positions matrix'),
        h(
          'p',
          { class: 'muted' },
          'Where each holder stands on each rule: its own stance (P primary, S secondary, I inferred source), an organisation’s stance it shares as a member (“via”), “no public position” where a source says so, or blank where nothing is recorded. Activate a stance to see its evidence in the graph.',
        ),
        h('button', { type: 'button', class: 'drawer-close', 'aria-label': 'Close the matrix', onclick: () => this.toggle(false) }, '×'),
      ),
      this.body,
    );
    ports.ops.on('graph', () => {
      // The date may have changed: standings are read as of it.
      const { matrixOpen, time } = ports.view.getState();
      if (matrixOpen && this.loadedFor !== time.asOf) void this.load();
    });
  }

  toggle(open = !this.ports.view.getState().matrixOpen): void {
    this.ports.ops.setMatrixOpen(open);
    this.el.hidden = !open;
    document.getElementById('btn-matrix')?.setAttribute('aria-pressed', String(open));
    if (open) {
      if (this.loadedFor !== this.ports.view.getState().time.asOf) void this.load();
      (this.el.querySelector('h2') as HTMLElement | null)?.focus?.();
    }
  }

  async load(): Promise<void> {
    const { asOf } = this.ports.view.getState().time;
    this.loadedFor = asOf;
    this.body.replaceChildren(h('p', { class: 'loading-text', role: 'status' }, 'Loading positions…'));
    try {
      // A standing holds on a day: a partial date (a year, a month) is read as of its first day.
      const day = asOf && !/^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}-01-01`.slice(0, 10) : asOf;
      const shaped = shapeMatrix(await busy('Loading positions…', fetchMatrix(day)));
      this.rules = shaped.rules;
      this.rows = shaped.rows;
      this.render();
    } catch (err) {
      this.loadedFor = undefined;
      this.body.replaceChildren(
        h('p', { class: 'error-text', role: 'alert' }, (err as Error).message),
        h('button', { type: 'button', onclick: () => void this.load() }, 'Retry'),
      );
      reportError(err, 'Loading the matrix failed');
    }
  }

  private shown(c: Cell | undefined): boolean {
    return matchesCuration(c, this.curation);
  }

  private visibleRows(): Row[] {
    const t = this.text.trim().toLowerCase();
    const cells = (r: Row) => [...r.cells.values()];
    let rows = this.rows.filter(
      (r) =>
        (!t || r.holder.name.toLowerCase().includes(t) || r.holder.id.toLowerCase().includes(t)) &&
        (!this.region || r.holder.region === this.region) &&
        (!this.kind || r.holder.kind === this.kind) &&
        (!this.stance || cells(r).some((c) => (this.stance === 'SILENCE' ? c.kind === 'silence' : c.kind === 'position' && c.stance === this.stance))) &&
        (!this.curation || cells(r).some((c) => this.shown(c))),
    );
    const rank = (r: Row, duty: string): number => {
      const c = r.cells.get(duty);
      if (!c || !this.shown(c)) return 99;
      return (KIND_RANK[c.kind] ?? 20) + (c.kind === 'position' ? (STANCE_RANK[c.stance ?? ''] ?? 5) : 0);
    };
    const { by, duty, dir } = this.sort;
    rows = [...rows].sort((a, b) => {
      let c = 0;
      if (by === 'duty' && duty) c = rank(a, duty) - rank(b, duty);
      else if (by === 'region') c = (a.holder.region ?? '~').localeCompare(b.holder.region ?? '~');
      return (c || a.holder.name.localeCompare(b.holder.name)) * dir;
    });
    return rows;
  }

  private sortButton(label: string, key: SortKey['by'], duty?: string): HTMLElement {
    const active = this.sort.by === key && this.sort.duty === duty;
    return h(
      'th',
      { scope: 'col', 'aria-sort': active ? (this.sort.dir === 1 ? 'ascending' : 'descending') : 'none', ...(duty ? { 'data-duty': duty } : {}) },
      h(
        'button',
        {
          type: 'button',
          class: 'sort',
          title: duty ? `${label}: sort by stance` : `Sort by ${label.toLowerCase()}`,
          onclick: () => {
            this.sort = { by: key, duty, dir: active ? (this.sort.dir === 1 ? -1 : 1) : 1 };
            this.renderTable();
          },
        },
        label,
        h('span', { 'aria-hidden': 'true', class: 'sort-mark' }, active ? (this.sort.dir === 1 ? ' ▲' : ' ▼') : ''),
      ),
    );
  }

  private controls(): HTMLElement {
    const regions = [...new Set(this.rows.map((r) => r.holder.region).filter((x): x is string => !!x))].sort();
    const stances = [...new Set(this.rows.flatMap((r) => [...r.cells.values()].filter((c) => c.kind === 'position').map((c) => c.stance ?? '')))].filter(
      Boolean,
    );
    stances.sort((a, b) => (STANCE_RANK[a] ?? 9) - (STANCE_RANK[b] ?? 9));
    const select = (id: string, label: string, value: string, options: [string, string][], set: (v: string) => void): HTMLElement[] => [
      h('label', { for: id }, label),
      h(
        'select',
        { id, onchange: (ev: Event) => (set((ev.target as HTMLSelectElement).value), this.renderTable()) },
        ...options.map(([v, l]) => h('option', { value: v, selected: v === value }, l)),
      ),
    ];
    const text = h('input', { id: 'matrix-filter', type: 'search', value: this.text, placeholder: 'Filter holders' });
    text.addEventListener('input', () => {
      this.text = text.value;
      this.renderTable();
    });
    return h(
      'div',
      { class: 'matrix-controls row' },
      h('label', { for: 'matrix-filter', class: 'sr-only' }, 'Filter holders by name'),
      text,
      ...select('matrix-region', 'Region', this.region, [['', 'all'], ...regions.map((r): [string, string] => [r, r])], (v) => (this.region = v)),
      ...select(
        'matrix-kind',
        'Holder',
        this.kind,
        [
          ['', 'all'],
          ['State', 'states'],
          ['Organisation', 'organisations'],
        ],
        (v) => (this.kind = v),
      ),
      ...select(
        'matrix-stance',
        'Stance',
        this.stance,
        [['', 'any'], ...stances.map((s): [string, string] => [s, stanceText(s)]), ['SILENCE', 'no public position']],
        (v) => (this.stance = v),
      ),
      ...select(
        'matrix-curation',
        'Curation',
        this.curation,
        [['', 'any'], ...CURATIONS.map((c): [string, string] => [c, c.toLowerCase()])],
        (v) => (this.curation = v),
      ),
    );
  }

  private tableWrap = h('div', { class: 'matrix-scroll' });

  private render(): void {
    if (!this.rows.length) {
      this.body.replaceChildren(h('p', { class: 'empty' }, `No positions recorded${this.loadedFor ? ` as of ${this.loadedFor}` : ''}.`));
      return;
    }
    this.body.replaceChildren(this.controls(), this.tableWrap);
    this.renderTable();
  }

  private renderTable(): void {
    const cols = this.rules;
    const rows = this.visibleRows();
    const actions = { show: (p: Position) => void this.showPosition(p) };
    const table = h(
      'table',
      { class: 'matrix' },
      h('caption', { class: 'sr-only' }, `Standings of ${rows.length} holders on ${cols.length} rules${this.loadedFor ? ` as of ${this.loadedFor}` : ''}`),
      h(
        'thead',
        {},
        h('tr', {}, this.sortButton('Holder', 'name'), this.sortButton('Region', 'region'), ...cols.map((d) => this.sortButton(d.name, 'duty', d.id))),
      ),
      h(
        'tbody',
        {},
        ...rows.map((r) =>
          h(
            'tr',
            { 'data-holder': r.holder.id },
            h('th', { scope: 'row' }, r.holder.name),
            h('td', { class: 'muted' }, r.holder.region ?? (r.holder.kind === 'Organisation' ? 'organisation' : '')),
            ...cols.map((d) => renderCell(r.holder, d, r.cells.get(d.id), !this.shown(r.cells.get(d.id)) && !!this.curation, actions)),
          ),
        ),
      ),
    );
    this.tableWrap.replaceChildren(table, h('p', { class: 'muted matrix-count' }, `${rows.length} of ${this.rows.length} holders`));
  }

  /** Holder, duty and document into the graph; the position selected, its evidence inspected. */
  async showPosition(p: Position): Promise<void> {
    const { ops, canvas } = this.ports;
    ops.checkpoint('show position');
    try {
      for (const e of [p.duty, p.holder, ...(p.document ? [p.document] : [])]) await ops.connect(e.id, { layout: false, checkpoint: false });
      let edgeId = canvas.findEdge(TYPE_FOR.position, p.holder.id, p.duty.id);
      if (!edgeId && canvas.has(p.holder.id) && canvas.has(p.duty.id)) {
        // The neighbourhood cap left the position out: draw it from the matrix's own data.
        const data: EdgeData & { caption: string } = {
          id: `pos:${p.holder.id}|${p.duty.id}|${p.date ?? ''}`,
          source: p.holder.id,
          target: p.duty.id,
          type: TYPE_FOR.position,
          stance: p.stance,
          validFrom: p.date,
          validTo: null,
          properties: { date: p.date, document: p.document?.id, paragraph: p.paragraph, note: p.note },
          evidence: [],
          synthetic: true,
          caption: edgeCaption(TYPE_FOR.position, p.stance),
        };
        ops.drawLoose([], [{ group: 'edges', data }]);
        edgeId = data.id;
      }
      [p.holder.id, p.duty.id, p.document?.id].forEach((id) => id && ops.reveal(id));
      // A new question: lift the fading of an earlier trace so the position reads clearly.
      ops.liftFading();
      await ops.relayout(true);
      if (edgeId) {
        ops.reveal(edgeId);
        ops.select(edgeId, true);
        ops.setPanel('inspect');
      }
      announce(`${p.holder.name}: ${stanceText(p.stance)} on ${p.duty.name}. Evidence shown in the inspector.`);
      ops.emit('graph', undefined);
    } catch (err) {
      reportError(err, 'Showing the position failed');
    }
  }
}
