/**
 * Positions matrix: holders (states, and organisations that speak for their members) by duties,
 * each cell the stance(s) held and the document that says so. Sortable by name, region or any
 * duty column; filterable by text, region, kind and stance. Activating a cell brings the holder,
 * the duty and the document into the graph and selects the position with its evidence.
 */
import type { App } from '../app.ts';
import { fetchMatrix, POSITIONS_FIRST, type Position } from '../api/queries.ts';
import { h } from '../dom.ts';
import { edgeCaption } from '../graph/model.ts';
import { stanceLabel, TYPE_FOR } from '../types.ts';
import type { EdgeData, EntityRef } from '../types.ts';
import { announce, busy, notify, reportError } from './notices.ts';

/** Sort rank of a cell: binding first, then voluntary, unsettled, contested, empty last. */
const STANCE_RANK: Record<string, number> = { BINDING: 0, VOLUNTARY: 1, UNSETTLED: 2, CONTESTED: 3 };

interface Row {
  holder: EntityRef & { region?: string | null };
  cells: Map<string, Position[]>;
}

type SortKey = { by: 'name' | 'region' | 'duty'; duty?: string; dir: 1 | -1 };

export class MatrixPanel {
  private duties: (EntityRef & { degree: number })[] = [];
  private rows: Row[] = [];
  private sort: SortKey = { by: 'name', dir: 1 };
  private text = '';
  private region = '';
  private kind = '';
  private stance = '';
  private allDuties = false;
  private loadedFor: string | null | undefined = undefined;
  private body: HTMLElement;

  constructor(
    private app: App,
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
          'Who holds which duty to be binding, voluntary, unsettled or contested, and in which document. Activate a cell to see its evidence in the graph.',
        ),
        h('button', { type: 'button', class: 'drawer-close', 'aria-label': 'Close the matrix', onclick: () => this.toggle(false) }, '×'),
      ),
      this.body,
    );
    app.on('graph', () => {
      // The date may have changed: positions are read as of it.
      if (this.app.matrixOpen && this.loadedFor !== this.app.store.time.asOf) void this.load();
    });
  }

  toggle(open = !this.app.matrixOpen): void {
    this.app.matrixOpen = open;
    this.el.hidden = !open;
    document.getElementById('btn-matrix')?.setAttribute('aria-pressed', String(open));
    if (open) {
      if (this.loadedFor !== this.app.store.time.asOf) void this.load();
      (this.el.querySelector('h2') as HTMLElement | null)?.focus?.();
    }
    this.app.syncUrl();
  }

  async load(): Promise<void> {
    const asOf = this.app.store.time.asOf;
    this.loadedFor = asOf;
    this.body.replaceChildren(h('p', { class: 'loading-text', role: 'status' }, 'Loading positions…'));
    try {
      const { duties, positions, truncated } = await busy('Loading positions…', fetchMatrix(asOf));
      this.duties = duties;
      if (truncated.length)
        notify(`Only the first ${POSITIONS_FIRST} positions are shown for ${truncated.length} dut${truncated.length > 1 ? 'ies' : 'y'}.`, 'warn', {
          key: 'matrix-trunc',
        });
      const byHolder = new Map<string, Row>();
      for (const p of positions) {
        let row = byHolder.get(p.holder.id);
        if (!row) byHolder.set(p.holder.id, (row = { holder: p.holder, cells: new Map() }));
        row.cells.set(p.duty.id, [...(row.cells.get(p.duty.id) ?? []), p]);
      }
      this.rows = [...byHolder.values()];
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

  private columns(): (EntityRef & { degree: number })[] {
    const used = new Set(this.rows.flatMap((r) => [...r.cells.keys()]));
    return this.allDuties ? this.duties : this.duties.filter((d) => used.has(d.id));
  }

  private visibleRows(): Row[] {
    const t = this.text.trim().toLowerCase();
    let rows = this.rows.filter(
      (r) =>
        (!t || r.holder.name.toLowerCase().includes(t) || r.holder.id.toLowerCase().includes(t)) &&
        (!this.region || r.holder.region === this.region) &&
        (!this.kind || r.holder.kind === this.kind) &&
        (!this.stance || [...r.cells.values()].flat().some((p) => p.stance === this.stance)),
    );
    const rank = (r: Row, duty: string): number => Math.min(...(r.cells.get(duty) ?? []).map((p) => STANCE_RANK[p.stance] ?? 4), 5);
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
    const th = h(
      'th',
      { scope: 'col', 'aria-sort': active ? (this.sort.dir === 1 ? 'ascending' : 'descending') : 'none' },
      h(
        'button',
        {
          type: 'button',
          class: 'sort',
          title: duty ? `${label}: sort by stance` : `Sort by ${label.toLowerCase()}`,
          onclick: () => {
            this.sort = { by: key, duty, dir: active ? (this.sort.dir === 1 ? -1 : 1) : 1 };
            this.render();
          },
        },
        label,
        h('span', { 'aria-hidden': 'true', class: 'sort-mark' }, active ? (this.sort.dir === 1 ? ' ▲' : ' ▼') : ''),
      ),
    );
    return th;
  }

  private controls(): HTMLElement {
    const regions = [...new Set(this.rows.map((r) => r.holder.region).filter((x): x is string => !!x))].sort();
    const select = (id: string, label: string, value: string, options: [string, string][], set: (v: string) => void): HTMLElement[] => [
      h('label', { for: id }, label),
      h(
        'select',
        { id, onchange: (ev: Event) => (set((ev.target as HTMLSelectElement).value), this.render()) },
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
        [['', 'any'], ...Object.keys(STANCE_RANK).map((s): [string, string] => [s, stanceLabel(s)])],
        (v) => (this.stance = v),
      ),
      h(
        'label',
        {},
        h('input', {
          type: 'checkbox',
          checked: this.allDuties,
          onchange: (ev: Event) => ((this.allDuties = (ev.target as HTMLInputElement).checked), this.render()),
        }),
        ' all duties',
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
    const cols = this.columns();
    const rows = this.visibleRows();
    const table = h(
      'table',
      { class: 'matrix' },
      h('caption', { class: 'sr-only' }, `Positions of ${rows.length} holders on ${cols.length} duties${this.loadedFor ? ` as of ${this.loadedFor}` : ''}`),
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
            {},
            h('th', { scope: 'row' }, r.holder.name),
            h('td', { class: 'muted' }, r.holder.region ?? (r.holder.kind === 'Organisation' ? 'organisation' : '')),
            ...cols.map((d) => this.cell(r, d)),
          ),
        ),
      ),
    );
    this.tableWrap.replaceChildren(table, h('p', { class: 'muted matrix-count' }, `${rows.length} of ${this.rows.length} holders`));
  }

  private cell(r: Row, d: EntityRef): HTMLElement {
    const ps = r.cells.get(d.id) ?? [];
    if (!ps.length) return h('td', { class: 'empty-cell' }, h('span', { class: 'sr-only' }, 'no position'));
    return h(
      'td',
      {},
      ...ps.map((p) =>
        h(
          'button',
          {
            type: 'button',
            class: `cell stance stance-${p.stance.toLowerCase()}`,
            'data-holder': r.holder.id,
            'data-duty': d.id,
            title: `${r.holder.name}: ${stanceLabel(p.stance)} on ${d.name}${p.date ? ` (${p.date})` : ''}${p.document ? `, in ${p.document.name}` : ''}. Show the evidence in the graph.`,
            onclick: () => void this.showPosition(p),
          },
          stanceLabel(p.stance),
          p.date ? h('span', { class: 'cell-date' }, ` ${p.date.slice(0, 4)}`) : null,
          p.document ? h('span', { class: 'cell-doc' }, p.document.name) : null,
        ),
      ),
    );
  }

  /** Holder, duty and document into the graph; the position selected, its evidence inspected. */
  async showPosition(p: Position): Promise<void> {
    const app = this.app;
    app.checkpoint('show position');
    try {
      for (const e of [p.duty, p.holder, ...(p.document ? [p.document] : [])]) await app.connect(e.id, { layout: false, checkpoint: false });
      let edgeId = app.store.findEdge(TYPE_FOR.position, p.holder.id, p.duty.id);
      if (!edgeId && app.store.has(p.holder.id) && app.store.has(p.duty.id)) {
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
        app.store.addLoose([], [{ group: 'edges', data }], 'add');
        edgeId = data.id;
      }
      [p.holder.id, p.duty.id, p.document?.id].forEach((id) => id && app.reveal(id));
      // A new question: lift the fading of an earlier trace so the position reads clearly.
      app.cy.elements().removeClass('faded');
      await app.relayout(true);
      if (edgeId) {
        app.reveal(edgeId);
        app.select(edgeId, true);
        app.setPanel('inspect');
      }
      announce(`${p.holder.name}: ${stanceLabel(p.stance)} on ${p.duty.name}. Evidence shown in the inspector.`);
      app.emit('graph', undefined);
    } catch (err) {
      reportError(err, 'Showing the position failed');
    }
  }
}
