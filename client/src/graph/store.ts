/**
 * What is on the canvas and why. Every node remembers the reasons it is there (the start view,
 * the expansion of node X, an explicit add, a trace); collapsing X removes only the nodes that
 * have no other reason left, so collapse never eats what another expansion brought.
 *
 * Visibility is layered as classes so each layer can be undone on its own: `f-hidden`
 * (filters), `t-hidden` (time slider), `u-hidden` (hidden by the user), `o-hidden` (left without
 * any visible relationship by the other layers).
 */
import type { Core, EdgeSingular, ElementDefinition, NodeSingular } from 'cytoscape';
import type { Subgraph } from '../api/queries.ts';
import type { EdgeData, NodeData } from '../types.ts';
import type { Expansion } from '../state/url.ts';
import { edgeElement, edgeSignature, nodeElement } from './model.ts';
import { isDatedKind, isDatedType } from '../../../server/src/model/vocabulary.ts';
import { edgePasses, emptyFilters, nodePasses, timeState, type Filters, type TimeView } from './visibility.ts';

export type Reason = string; // 'root' | 'add' | 'trace' | `x:${id}`

export interface MergeResult {
  newNodes: string[];
  newEdges: string[];
}

export interface Snapshot {
  elements: ElementDefinition[];
  via: [string, Reason[]][];
  expanded: Expansion[];
  added: string[];
  hidden: string[];
  capped: [string, number][];
  filters: Filters;
  time: TimeView;
}

function cloneFilters(f: Filters): Filters {
  return { kinds: new Set(f.kinds), types: new Set(f.types), stances: new Set(f.stances) };
}

export class GraphStore {
  private via = new Map<string, Set<Reason>>();
  expanded = new Map<string, Expansion>();
  added = new Set<string>();
  hidden = new Set<string>();
  /** Nodes whose neighbours the API capped → how many it left out. */
  capped = new Map<string, number>();
  filters: Filters = emptyFilters();
  time: TimeView = { asOf: null, compareFrom: null };
  hideOrphans = true;
  /** The start entity: never hidden as an orphan (it is what the view is about). */
  rootId: string | null = null;
  private listeners: (() => void)[] = [];

  constructor(public cy: Core) {}

  onChange(fn: () => void): void {
    this.listeners.push(fn);
  }

  /** Tell the panels something changed (counts, list view, URL). */
  changed(): void {
    for (const fn of this.listeners) fn();
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  reasons(id: string): Reason[] {
    return [...(this.via.get(id) ?? [])];
  }

  private addReason(id: string, reason: Reason): void {
    let s = this.via.get(id);
    if (!s) this.via.set(id, (s = new Set()));
    s.add(reason);
  }

  /** Adds a subgraph; nodes already present only gain the reason. */
  merge(sub: Subgraph, reason: Reason, opts: { onlyEdgesTo?: string } = {}): MergeResult {
    const cy = this.cy;
    const newNodes: string[] = [];
    const newEdges: string[] = [];
    const defs: ElementDefinition[] = [];
    const wanted = new Set<string>();
    for (const n of sub.nodes) {
      // "Connect" mode: only the node itself, and its links to what is already drawn.
      if (opts.onlyEdgesTo && n.id !== opts.onlyEdgesTo && !this.has(n.id)) continue;
      wanted.add(n.id);
      if (n.id === opts.onlyEdgesTo || !opts.onlyEdgesTo) this.addReason(n.id, reason);
      if (!this.has(n.id)) {
        // Spread out until the layout places them: overlapping nodes make edges undrawable.
        defs.push({ ...nodeElement(n), position: { x: (Math.random() - 0.5) * 400, y: (Math.random() - 0.5) * 400 } });
        newNodes.push(n.id);
      }
    }
    cy.batch(() => {
      cy.add(defs);
      const edgeDefs: ElementDefinition[] = [];
      for (const e of sub.edges) {
        if (!wanted.has(e.source) || !wanted.has(e.target) || !this.has(e.source) || !this.has(e.target)) continue;
        if (this.has(e.id)) continue;
        // A trace hop drawn before the real edge was loaded gives way to the real one.
        const sig = edgeSignature(e.type, e.source, e.target);
        cy.edges('[?synthetic]')
          .filter((x) => edgeSignature(x.data('type'), x.data('source'), x.data('target')) === sig)
          .remove();
        edgeDefs.push(edgeElement(e));
        newEdges.push(e.id);
      }
      cy.add(edgeDefs);
    });
    for (const c of sub.capped ?? []) if (wanted.has(c.id)) this.capped.set(c.id, c.hidden);
    this.refreshMarks();
    return { newNodes, newEdges };
  }

  /** Adds nodes and edges that are not from a subgraph (trace hops); existing twins win. */
  addLoose(nodes: ElementDefinition[], edges: ElementDefinition[], reason: Reason): MergeResult {
    const newNodes: string[] = [];
    const newEdges: string[] = [];
    this.cy.batch(() => {
      for (const n of nodes) {
        const id = String(n.data.id);
        this.addReason(id, reason);
        if (!this.has(id)) {
          this.cy.add(n);
          newNodes.push(id);
        }
      }
      for (const e of edges) {
        const d = e.data as EdgeData;
        const twin = this.findEdge(d.type, d.source, d.target);
        if (twin || !this.has(d.source) || !this.has(d.target)) continue;
        this.cy.add(e);
        newEdges.push(d.id);
      }
    });
    return { newNodes, newEdges };
  }

  /** The drawn edge of this type between these ends, if any (server id or synthetic). */
  findEdge(type: string, source: string, target: string): string | null {
    const e = this.cy.edges().filter((x) => x.data('type') === type && x.data('source') === source && x.data('target') === target);
    return e.nonempty() ? e.first().id() : null;
  }

  /** Takes a reason away from every node; nodes with none left go (pinned ones stay). */
  dropReason(reason: Reason, keep: Set<string> = new Set()): string[] {
    const removed: string[] = [];
    for (const [id, reasons] of this.via) {
      if (!reasons.delete(reason) || reasons.size) continue;
      const node = this.cy.getElementById(id);
      if (keep.has(id) || node.hasClass('pinned')) {
        reasons.add('add');
        continue;
      }
      removed.push(id);
    }
    this.removeNodes(removed);
    return removed;
  }

  private removeNodes(ids: string[]): void {
    if (!ids.length) return;
    this.cy.batch(() => {
      for (const id of ids) {
        this.via.delete(id);
        this.capped.delete(id);
        this.added.delete(id);
        this.hidden.delete(id);
        this.cy.getElementById(id).remove();
      }
    });
    // What those nodes had expanded goes too (it hung from them).
    for (const id of ids) if (this.expanded.delete(id)) this.dropReason(`x:${id}`);
  }

  collapse(id: string): string[] {
    this.expanded.delete(id);
    const removed = this.dropReason(`x:${id}`, new Set([id]));
    this.refreshMarks();
    return removed;
  }

  /** Synthetic trace edges are removed with their reason; real edges stay. */
  clearTrace(): void {
    this.cy.edges('[?synthetic]').remove();
    this.dropReason('trace');
    this.cy.elements().removeClass('trace trace-secondary faded');
  }

  setHidden(id: string, hide: boolean): void {
    if (hide) this.hidden.add(id);
    else this.hidden.delete(id);
  }

  setPinned(node: NodeSingular, pin: boolean): void {
    if (pin) {
      node.addClass('pinned');
      node.lock();
    } else {
      node.unlock();
      node.removeClass('pinned');
    }
  }

  pinnedIds(): string[] {
    return this.cy.nodes('.pinned').map((n) => n.id());
  }

  /** Border marks: expanded nodes and nodes whose neighbours were capped. */
  refreshMarks(): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.toggleClass('expanded', this.expanded.has(n.id()));
        n.toggleClass('capped', this.capped.has(n.id()));
      });
    });
  }

  /** Re-applies filters, time and user hides to every element. */
  applyVisibility(keepVisible: string[] = []): void {
    const cy = this.cy;
    const keep = new Set(keepVisible);
    cy.batch(() => {
      cy.elements().removeClass('diff-added diff-removed');
      cy.nodes().forEach((n) => {
        const d = n.data() as NodeData;
        n.toggleClass('f-hidden', !nodePasses(d, this.filters));
        n.toggleClass('u-hidden', this.hidden.has(d.id));
        const t = timeState(d.validFrom, null, this.time, isDatedKind(d.kind));
        n.toggleClass('t-hidden', t === 'hidden');
        n.toggleClass('t-unknown', t === 'unknown');
        if (t === 'added' || t === 'removed') n.addClass(`diff-${t}`);
      });
      cy.edges().forEach((e) => {
        const d = e.data() as EdgeData;
        e.toggleClass('f-hidden', !edgePasses(d, this.filters));
        const t = timeState(d.validFrom, d.validTo, this.time, !d.synthetic && isDatedType(d.type));
        e.toggleClass('t-hidden', t === 'hidden');
        e.toggleClass('t-unknown', t === 'unknown');
        if (t === 'added' || t === 'removed') e.addClass(`diff-${t}`);
      });
      // Orphans: nodes that have relationships, but none left visible. The start entity,
      // pinned, selected and explicitly added nodes never vanish this way.
      cy.nodes().forEach((n) => {
        const edges = n.connectedEdges();
        const orphan =
          this.hideOrphans &&
          edges.nonempty() &&
          !keep.has(n.id()) &&
          !n.hasClass('pinned') &&
          !this.added.has(n.id()) &&
          n.id() !== this.rootId &&
          edges.every((x) => {
            const e = x as EdgeSingular;
            return (
              e.hasClass('f-hidden') ||
              e.hasClass('t-hidden') ||
              e.connectedNodes().some((m) => ['u-hidden', 'f-hidden', 't-hidden'].some((c) => (m as NodeSingular).hasClass(c)))
            );
          });
        n.toggleClass('o-hidden', orphan);
      });
    });
    applyPendingStyles(cy);
  }

  visibleNodes(): NodeSingular[] {
    return this.cy
      .nodes()
      .filter((n) => n.visible())
      .toArray() as NodeSingular[];
  }

  snapshot(): Snapshot {
    return {
      elements: this.cy.elements().map((e) => e.json() as ElementDefinition),
      via: [...this.via].map(([k, v]) => [k, [...v]]),
      expanded: [...this.expanded.values()].map((e) => ({ ...e })),
      added: [...this.added],
      hidden: [...this.hidden],
      capped: [...this.capped],
      filters: cloneFilters(this.filters),
      time: { ...this.time },
    };
  }

  restore(s: Snapshot): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(s.elements);
    });
    this.via = new Map(s.via.map(([k, v]) => [k, new Set(v)]));
    this.expanded = new Map(s.expanded.map((e) => [e.id, { ...e }]));
    this.added = new Set(s.added);
    this.hidden = new Set(s.hidden);
    this.capped = new Map(s.capped);
    this.filters = cloneFilters(s.filters);
    this.time = { ...s.time };
    this.refreshMarks();
    this.applyVisibility();
  }

  /** Everything goes (a new start view). */
  clear(): void {
    this.cy.elements().remove();
    this.via.clear();
    this.expanded.clear();
    this.added.clear();
    this.hidden.clear();
    this.capped.clear();
  }
}

/**
 * Applies now the styles that class changes left pending. Cytoscape caches `visible()` (and so
 * `:visible`) per element and drops that cache only when it next applies the element's style,
 * which it does lazily: on the next frame, or when a style property is read. Until then
 * `visible()` answers for the previous picture, for an element and for the edges of a node that
 * was hidden. Everything that counts or frames what is shown right after a change (the as-of
 * summary, the list view, layouts, exports) would be off; the as-of summary stayed wrong for
 * good in a CI run, as nothing recounted it after the frame. Reading `display` applies the
 * element's style, nodes first so that their edges' caches are dropped with theirs.
 */
function applyPendingStyles(cy: Core): void {
  cy.nodes().forEach((n) => void n.style('display'));
  cy.edges().forEach((e) => void e.style('display'));
}
