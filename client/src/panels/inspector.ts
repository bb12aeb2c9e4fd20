/**
 * The inspector: what the selected node or edge is, on what evidence. For a node: its typed
 * properties, its own sources, and its relationships grouped by type (each with evidence); for
 * an edge: its type, ends, stance, dates, properties and evidence. Actions (expand, collapse,
 * hide, pin, trace from/to) are buttons here so everything works without a mouse on the canvas.
 */
import { fetchEntity, fetchMoreRelationships, type ApiRelationship, type EntityDetail } from '../api/queries.ts';
import { extLink, fill, h, type Child } from '../dom.ts';
import type { EdgeData, EntityRef, NodeData } from '../types.ts';
import { stanceLabel, typeLabel } from '../types.ts';
import { doiUrl, entityButton, renderEvidence } from './evidence.ts';
import { kindSwatch } from './legend.ts';
import { reportError } from './notices.ts';
import type { Ports } from './ports.ts';
import { follow } from '../state/store.ts';

export interface InspectorHooks {
  traceFrom: (e: EntityRef) => void;
  traceTo: (e: EntityRef) => void;
  /** A kind's own section after the fields (the incident panel); null when there is none. */
  section?: (e: EntityDetail) => HTMLElement | null;
}

/** Typed fields in display order; entity-valued and link fields are handled separately. */
const FIELDS: [string, string][] = [
  ['officialName', 'Official name'],
  ['iso3', 'ISO 3166 alpha-3'],
  ['iso2', 'ISO alpha-2'],
  ['m49', 'UN M49'],
  ['region', 'Region'],
  ['subregion', 'Subregion'],
  ['unStatus', 'UN status'],
  ['acronym', 'Acronym'],
  ['orgType', 'Type'],
  ['founded', 'Founded'],
  ['instrumentType', 'Type'],
  ['binding', 'Binding'],
  ['symbol', 'Symbol'],
  ['adopted', 'Adopted'],
  ['openedForSignature', 'Opened for signature'],
  ['entryIntoForce', 'Entry into force'],
  ['dutyType', 'Type'],
  ['docType', 'Type'],
  ['date', 'Date'],
  ['court', 'Court'],
  ['decided', 'Decided'],
  ['citation', 'Citation'],
  ['authorNames', 'Authors'],
  ['year', 'Year'],
  ['venue', 'Venue'],
  ['volume', 'Volume'],
  ['issue', 'Issue'],
  ['pages', 'Pages'],
  ['publisher', 'Publisher'],
  ['language', 'Language'],
  ['affiliation', 'Affiliation'],
  ['eventType', 'Type'],
  ['started', 'Started'],
  ['discovered', 'Discovered'],
  ['sectors', 'Sectors'],
  ['file', 'Seed file'],
  ['note', 'Note'],
];
const REFS: [string, string][] = [
  ['parent', 'Part of'],
  ['adoptedBy', 'Adopted by'],
  ['issuer', 'Issued by'],
];

function fmt(v: unknown): string {
  if (Array.isArray(v)) return v.join('; ');
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return String(v);
}

function dateRange(from: string | null, to: string | null): string | null {
  if (!from && !to) return null;
  return `${from ?? '…'} – ${to ?? 'now'}`;
}

/** Relationship properties worth reading (provenance and bookkeeping stripped). */
function propertyRows(props: Record<string, unknown> | null): HTMLElement | null {
  const rows = Object.entries(props ?? {}).filter(
    ([k, v]) => v !== null && v !== '' && !k.startsWith('ev_') && !['key', 'hash', 'validFrom', 'validTo', 'stance'].includes(k),
  );
  if (!rows.length) return null;
  return h('dl', { class: 'props' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, typeof v === 'object' ? JSON.stringify(v) : fmt(v))]));
}

export class Inspector {
  private ctrl: AbortController | null = null;
  private cache = new Map<string, EntityDetail>();

  constructor(
    private ports: Ports<'on' | 'focus' | 'expand' | 'showMore' | 'collapse' | 'hide' | 'pin', 'element' | 'isExpanded' | 'isCapped'>,
    private el: HTMLElement,
    private hooks: InspectorHooks,
  ) {
    follow(
      ports.view,
      (s) => s.selected,
      (id) => void this.show(id),
    );
    ports.ops.on('graph', () => {
      // Action buttons depend on graph state (expanded? pinned?): refresh them in place.
      const { selected } = ports.view.getState();
      if (selected) this.renderActions(selected);
    });
    this.empty();
  }

  private open = (id: string): void => void this.ports.ops.focus(id);

  empty(): void {
    this.el.replaceChildren(
      h('h2', {}, 'Inspector'),
      h(
        'p',
        { class: 'muted' },
        'Select a node or a relationship in the graph (click it, or use N and the arrow keys) to see its properties and its evidence.',
      ),
    );
  }

  async show(id: string | null): Promise<void> {
    this.ctrl?.abort();
    if (!id) return this.empty();
    const el = this.ports.canvas.element(id);
    if (el.empty()) return this.empty();
    const d = el.data() as NodeData;
    if (el.group() === 'edges') return this.showEdge(el.data() as EdgeData);
    this.el.replaceChildren(
      this.header(d.kind, d.label, d.id),
      h('div', { class: 'actions', id: 'inspector-actions' }),
      h('p', { class: 'loading-text', role: 'status' }, 'Loading details…'),
    );
    this.renderActions(id);
    const cached = this.cache.get(id);
    if (cached) return this.renderEntity(cached);
    this.ctrl = new AbortController();
    try {
      const ent = await fetchEntity(id, { signal: this.ctrl.signal });
      if (this.ports.view.getState().selected !== id) return;
      if (!ent) {
        this.el.querySelector('.loading-text')?.replaceWith(h('p', { class: 'muted' }, 'The API has no entity with this id any more.'));
        return;
      }
      this.cache.set(id, ent);
      if (this.cache.size > 50) this.cache.delete(this.cache.keys().next().value!);
      this.renderEntity(ent);
    } catch (err) {
      this.el
        .querySelector('.loading-text')
        ?.replaceWith(h('p', { class: 'error-text', role: 'alert' }, `Could not load the details: ${(err as Error).message}`));
      reportError(err, 'Loading details failed');
    }
  }

  private header(kind: string, name: string, id: string): HTMLElement {
    return h(
      'header',
      { class: 'inspector-head' },
      h('p', { class: 'kind-line' }, kindSwatch(kind as NodeData['kind']), kind, h('code', {}, id)),
      h('h2', { id: 'inspector-title', tabindex: '-1' }, name),
    );
  }

  renderActions(id: string): void {
    const box = this.el.querySelector('#inspector-actions');
    const node = this.ports.canvas.element(id);
    if (!box || node.empty() || node.group() !== 'nodes') return;
    const expanded = this.ports.canvas.isExpanded(id);
    const pinned = node.hasClass('pinned');
    const ref: EntityRef = { id, kind: node.data('kind'), name: node.data('label') };
    const btn = (label: string, run: () => void, extra: Record<string, string> = {}): HTMLElement =>
      h('button', { type: 'button', onclick: run, ...extra }, label);
    fill(
      box,
      btn(expanded ? 'Expand again' : 'Expand', () => void this.ports.ops.expand(id), {
        'data-action': 'expand',
        title: 'Add its neighbours (Enter, or double-click)',
      }),
      this.ports.canvas.isCapped(id)
        ? btn('Show more', () => void this.ports.ops.showMore(id), {
            'data-action': 'more',
            title: 'The overview shows part of its relationships: load the next ones',
          })
        : null,
      expanded ? btn('Collapse', () => this.ports.ops.collapse(id), { 'data-action': 'collapse' }) : null,
      btn('Hide', () => this.ports.ops.hide(id), { 'data-action': 'hide' }),
      btn(pinned ? 'Unpin' : 'Pin', () => this.ports.ops.pin(id, !pinned), { 'data-action': 'pin', 'aria-pressed': String(pinned) }),
      btn('Trace from', () => this.hooks.traceFrom(ref), { 'data-action': 'trace-from' }),
      btn('Trace to', () => this.hooks.traceTo(ref), { 'data-action': 'trace-to' }),
    );
  }

  private renderEntity(e: EntityDetail): void {
    const rows: Child[] = [];
    for (const [k, label] of FIELDS) {
      const v = e[k];
      if (v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length)) continue;
      rows.push(h('dt', {}, label), h('dd', {}, fmt(v)));
    }
    for (const [k, label] of REFS) {
      const v = e[k] as EntityRef | null | undefined;
      if (v) rows.push(h('dt', {}, label), h('dd', {}, entityButton(v, this.open)));
    }
    // The server-rendered profile (server/src/pages): printable, citable, works without JavaScript.
    const links: Child[] = [h('a', { href: `/entity/${encodeURIComponent(e.id)}`, id: 'inspector-profile' }, 'Profile page')];
    const doi = doiUrl(e.doi as string | undefined);
    if (doi) links.push(extLink(doi, `DOI ${String(e.doi)}`));
    if (typeof e.url === 'string' && e.url !== doi) links.push(extLink(e.url, 'Official page'));
    const abstract = typeof e.abstract === 'string' ? e.abstract : null;
    fill(
      this.el,
      this.header(e.kind, e.name, e.id),
      h('div', { class: 'actions', id: 'inspector-actions' }),
      e.summary ? h('p', { class: 'summary' }, e.summary) : null,
      links.length ? h('p', { class: 'links' }, ...links.flatMap((l, i) => (i ? [' · ', l] : [l]))) : null,
      e.aliases.length ? h('p', { class: 'aliases' }, h('span', { class: 'muted' }, 'Also known as: '), e.aliases.join('; ')) : null,
      rows.length ? h('dl', { class: 'props' }, ...rows) : null,
      this.hooks.section?.(e) ?? null,
      abstract ? h('details', { class: 'abstract' }, h('summary', {}, 'Abstract'), h('p', {}, abstract)) : null,
      h('section', { 'aria-labelledby': 'sources-h' }, h('h3', { id: 'sources-h' }, `Sources (${e.sources.length})`), renderEvidence(e.sources, this.open)),
      this.relationships(e),
    );
    this.renderActions(e.id);
  }

  private relationships(e: EntityDetail): HTMLElement {
    const section = h(
      'section',
      { class: 'relationships', 'aria-labelledby': 'rels-h' },
      h('h3', { id: 'rels-h' }, `Relationships (${e.relationships.totalCount})`),
    );
    const groups = h('div', {});
    section.append(groups);
    const all: ApiRelationship[] = e.relationships.edges.map((x) => x.node);
    const draw = (): void => {
      const byType = new Map<string, ApiRelationship[]>();
      for (const r of all) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
      groups.replaceChildren(
        ...[...byType].map(([type, rels]) =>
          h(
            'details',
            { class: 'rel-group', open: rels.length <= 8 },
            h('summary', {}, `${typeLabel(type)} (${rels.length})`),
            h('ul', { class: 'rel-list' }, ...rels.map((r) => this.relItem(r))),
          ),
        ),
      );
    };
    draw();
    let page = e.relationships.pageInfo;
    if (page.hasNextPage) {
      const more = h('button', { type: 'button', class: 'more' }, `Show more relationships (${all.length} of ${e.relationships.totalCount})`);
      more.addEventListener('click', async () => {
        more.setAttribute('disabled', '');
        try {
          const next = await fetchMoreRelationships(e.id, page.endCursor ?? '');
          if (next) {
            all.push(...next.edges.map((x) => x.node));
            page = next.pageInfo;
            draw();
          }
          if (!page.hasNextPage) more.remove();
          else more.textContent = `Show more relationships (${all.length} of ${e.relationships.totalCount})`;
        } catch (err) {
          reportError(err, 'Loading relationships failed');
        } finally {
          more.removeAttribute('disabled');
        }
      });
      section.append(more);
    }
    return section;
  }

  private relItem(r: ApiRelationship): HTMLElement {
    const arrow = r.direction === 'IN' ? '←' : r.direction === 'OUT' ? '→' : '↔';
    const when = dateRange(r.validFrom, r.validTo);
    return h(
      'li',
      { class: 'rel' },
      h('span', { class: 'dir', 'aria-label': r.direction === 'IN' ? 'from' : 'to' }, arrow),
      entityButton(r.other, this.open),
      r.stance ? h('span', { class: `stance stance-${r.stance.toLowerCase()}` }, stanceLabel(r.stance)) : null,
      when ? h('span', { class: 'when' }, when) : null,
      r.evidence.length
        ? h(
            'details',
            { class: 'rel-evidence' },
            h('summary', {}, `${r.evidence.length} source${r.evidence.length > 1 ? 's' : ''}`),
            propertyRows(r.properties),
            renderEvidence(r.evidence, this.open),
          )
        : null,
    );
  }

  private showEdge(d: EdgeData): void {
    const ref = (id: string): EntityRef => {
      const n = this.ports.canvas.element(id);
      return { id, kind: n.data('kind'), name: n.data('label') ?? id };
    };
    const when = dateRange(d.validFrom, d.validTo);
    fill(
      this.el,
      h(
        'header',
        { class: 'inspector-head' },
        h('p', { class: 'kind-line' }, 'Relationship', h('code', {}, d.type)),
        h('h2', { id: 'inspector-title', tabindex: '-1' }, typeLabel(d.type)),
      ),
      h(
        'p',
        { class: 'edge-ends' },
        entityButton(ref(d.source), this.open),
        h('span', { class: 'dir' }, ` ${typeLabel(d.type)} → `),
        entityButton(ref(d.target), this.open),
      ),
      h(
        'dl',
        { class: 'props' },
        h('dt', {}, 'Stance'),
        h('dd', {}, d.stance ? h('span', { class: `stance stance-${d.stance.toLowerCase()}` }, stanceLabel(d.stance)) : 'none'),
        when ? h('dt', {}, 'Holds') : null,
        when ? h('dd', {}, when) : null,
      ),
      propertyRows(d.properties),
      d.synthetic ? h('p', { class: 'muted' }, 'Drawn from a traced path; expand either end to load it with its neighbours.') : null,
      h(
        'section',
        { 'aria-labelledby': 'edge-ev-h' },
        h('h3', { id: 'edge-ev-h' }, `Evidence (${d.evidence.length})`),
        renderEvidence(d.evidence, this.open, 'No source recorded for this relationship.'),
      ),
    );
  }
}
