/**
 * The explorer's controller: the operations a user can perform on the picture (start, expand,
 * add, collapse, hide, pin, select, undo, layout, renderer, filters, time), each of which keeps
 * the URL in step. Panels call these operations and listen to four events: `select`, `graph`
 * (elements or visibility changed), `panel` and `layout`. The view's state, the URL and Undo are
 * in its base class (state/view-base.ts), over the one store (state/store.ts).
 */
import type { Collection, ElementDefinition } from 'cytoscape';
import { isNotFound } from './api/client.ts';
import { fetchNeighbourhood, fetchRelationships, type DrawableRelationship, type NeighbourhoodArgs, type Subgraph } from './api/queries.ts';
import { LAYOUT_LABEL, runLayout, seedPositions, type LayoutName } from './graph/layout.ts';
import { centre, frame } from './graph/frame.ts';
import { relationshipSubgraph } from './graph/model.ts';
import type { MergeResult } from './graph/store.ts';
import { recreate } from './graph/view.ts';
import type { Filters, TimeView } from './graph/visibility.ts';
import { announce, busy, clearNotice, notify, reportError } from './panels/notices.ts';
import type { Operations, StepOpts } from './panels/ports.ts';
import { markPaths } from './state/canvas.ts';
import { ViewBase } from './state/view-base.ts';
import { defaultState, type PanelName } from './state/url.ts';
import { START_TYPES } from './types.ts';

export const START_LIMIT = 90;
/** Neighbours fetched per expansion (the API also caps each entity at 40 relationships). */
export const EXPAND_LIMIT = 60;
/** Relationships paged in per "Show more" on a capped hub, and the most ever drawn for one. */
export const MORE_STEP = 100;
export const MORE_MAX = 2000;

/**
 * The App is what main.ts hands the panels, as `Operations` (panels/ports.ts); the `Canvas` and the
 * store they get are its base's `canvas` and `view`.
 */
export class App extends ViewBase implements Operations {
  constructor(container: HTMLElement) {
    super(container);
    this.bindCy();
  }

  private bindCy(): void {
    const cy = this.cy;
    cy.on('select', (e) => this.setSelected(e.target.id()));
    cy.on('unselect', () => {
      // Selecting another element fires unselect first; only a real clear empties the panel.
      setTimeout(() => {
        if (!cy.$(':selected').nonempty() && this.s.selected) this.setSelected(null);
      }, 0);
    });
    cy.on('dbltap', 'node', (e) => void this.expand(e.target.id()));
    cy.on('dragfree', 'node', () => this.syncUrl());
    // Zoom and pan are part of the view (a saved view reopens at the same place); debounced.
    cy.on('viewport', () => {
      clearTimeout(this.viewportTimer);
      this.viewportTimer = setTimeout(() => {
        if (!this.restoring) this.put({ viewport: { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } } });
      }, 150);
    });
    cy.on('mouseover', 'edge', (e) => e.target.addClass('show-label'));
    cy.on('mouseout', 'edge', (e) => e.target.removeClass('show-label'));
  }

  // ------------------------------------------------------------ loading

  /** The questions each step asks the API (a click's, or a link's in api/restore.ts). */
  startArgs(): NeighbourhoodArgs {
    return { id: this.s.root, depth: this.s.depth, limit: START_LIMIT, relationshipTypes: this.s.root === defaultState().root ? START_TYPES : null };
  }
  static expandArgs(id: string): NeighbourhoodArgs {
    return { id, depth: 1, limit: EXPAND_LIMIT };
  }
  static addArgs(id: string): NeighbourhoodArgs {
    return { id, depth: 1, limit: 200 };
  }

  /** Loads the start view (or the root of a shared link). */
  async loadStart(): Promise<void> {
    this.applyStart(await busy('Loading the overview…', fetchNeighbourhood(this.startArgs())));
  }

  applyStart(sub: Subgraph): void {
    if (!sub.nodes.length) {
      notify(`The API returned nothing around ${this.s.root}. Is the database loaded (npm run ingest)?`, 'warn', { key: 'empty' });
    }
    this.store.rootId = this.s.root;
    this.store.merge(sub, 'root');
    this.cy.getElementById(this.s.root).addClass('root');
  }

  /** "Showing 40 of 201 relationships of X [Show more]" when a node has more than is drawn. */
  private moreNotice(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    const total = Number(node.data('degree')) || 0;
    const shown = node.connectedEdges().length;
    if (!this.store.capped.has(id) || shown >= total) {
      clearNotice(`more:${id}`);
      return;
    }
    const next = (this.store.expanded.get(id)?.limit ?? 0) + MORE_STEP;
    notify(`Showing ${shown} of ${total} relationships of ${node.data('label') ?? id}.`, 'warn', {
      key: `more:${id}`,
      actions: next <= MORE_MAX ? [{ label: 'Show more', run: () => void this.showMore(id) }] : [],
    });
  }

  private async settleAround(id: string, fresh: boolean, newNodes: string[]): Promise<void> {
    if (!fresh) seedPositions(this.cy, id, newNodes);
    await this.relayout(!fresh);
    // Show what the expansion brought: the node and its neighbours, not the whole graph.
    this.fitTo(
      this.cy
        .getElementById(id)
        .closedNeighborhood()
        .filter((e) => e.visible()),
    );
  }

  // ---- H6 hub hook (panels/expand-menu.ts): a user's expansion of a hub opens the menu by
  // relationship type instead (true: the menu took over); links being restored never ask.
  hubGate: ((id: string) => Promise<boolean>) | null = null;

  /** Adds a node's neighbours (double-click, Enter, or the inspector's button). */
  async expand(id: string, opts: StepOpts = {}): Promise<void> {
    if (opts.checkpoint !== false && this.hubGate && (await this.hubGate(id))) return;
    // ---- end H6 hub hook
    try {
      const sub = await busy(`Expanding ${this.cy.getElementById(id).data('label') ?? id}…`, fetchNeighbourhood(App.expandArgs(id)));
      if (opts.checkpoint !== false) this.checkpoint(`expand ${sub.nodes.find((n) => n.id === id)?.label ?? this.nameOf(id)}`);
      const fresh = !this.store.has(id);
      const res = this.applyExpansion(id, sub);
      announce(res.newNodes.length ? `Added ${res.newNodes.length} neighbours.` : 'No new neighbours: all are already shown.');
      if (opts.layout !== false && res.newNodes.length) await this.settleAround(id, fresh, res.newNodes);
      this.emit('graph', undefined);
    } catch (err) {
      if (isNotFound(err) && opts.missing) opts.missing(id);
      else reportError(err, 'Expanding failed', () => void this.expand(id, opts));
    }
  }

  /** Puts an expansion's answer on the canvas. */
  applyExpansion(id: string, sub: Subgraph): MergeResult {
    const res = this.store.merge(sub, `x:${id}`);
    if (sub.truncated && !this.store.capped.has(id)) this.store.capped.set(id, 0);
    if (!this.store.expanded.has(id)) this.store.expanded.set(id, { id });
    this.store.refreshMarks();
    this.store.applyVisibility([id]);
    this.moreNotice(id);
    return res;
  }

  /**
   * "Show more" for a hub the neighbourhood capped: pages through its relationships (stable
   * order), up to `upTo` in all (default: MORE_STEP more than before). Recorded on the
   * expansion, so a shared link loads the same ones.
   */
  async showMore(id: string, upTo?: number, opts: { layout?: boolean; checkpoint?: boolean } = {}): Promise<void> {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    const target = Math.min(MORE_MAX, upTo ?? (this.store.expanded.get(id)?.limit ?? 0) + MORE_STEP);
    try {
      const page = await busy(`Loading more of ${node.data('label') ?? id}…`, fetchRelationships(id, target));
      if (opts.checkpoint !== false) this.checkpoint(`show more of ${this.nameOf(id)}`);
      const res = this.mergeRelationships(id, page.rels, () => {
        this.store.expanded.set(id, { id, limit: target });
        if (page.more) this.store.capped.set(id, page.total - page.rels.length);
        else this.store.capped.delete(id);
      });
      this.moreNotice(id);
      announce(`Added ${res.newNodes.length} neighbours.`);
      if (opts.layout !== false && res.newNodes.length) await this.settleAround(id, false, res.newNodes);
      this.emit('graph', undefined);
    } catch (err) {
      reportError(err, 'Loading more failed', () => void this.showMore(id, upTo, opts));
    }
  }

  /** Relationships read from a drawn node onto the canvas, under its expansion; `note` records them. */
  private mergeRelationships(id: string, rels: DrawableRelationship[], note: () => void): MergeResult {
    const node = this.cy.getElementById(id);
    const center = { id, kind: node.data('kind'), label: node.data('label'), degree: node.data('degree'), entity: null };
    const res = this.store.merge(relationshipSubgraph(center, rels), `x:${id}`);
    note();
    this.store.refreshMarks();
    this.store.applyVisibility([id]);
    return res;
  }

  async addRelationships(id: string, rels: DrawableRelationship[], label: string): Promise<MergeResult | null> {
    if (this.cy.getElementById(id).empty()) return null;
    this.checkpoint(label);
    // Recorded as added entities: a shared link brings back exactly these, not a plain expansion.
    const res = this.mergeRelationships(id, rels, () => rels.forEach((r) => this.store.added.add(r.other.id)));
    if (res.newNodes.length) await this.settleAround(id, false, res.newNodes);
    this.emit('graph', undefined);
    return res;
  }

  drawLoose(nodes: ElementDefinition[], edges: ElementDefinition[]): void {
    this.store.addLoose(nodes, edges, 'add');
  }

  liftFading(): void {
    this.cy.elements().removeClass('faded');
  }

  // The trace panel's drawing: set and drawn in the base (view-base.ts), marked here.
  markTrace(primary: string[], secondary: string[]): void {
    const marked = markPaths(this.cy, primary, secondary);
    if (marked.nonempty()) this.fitTo(marked, 1.2);
  }

  setHubGate(gate: (id: string) => Promise<boolean>): void {
    this.hubGate = gate;
  }

  /** Adds one entity and only its relationships to what is already drawn. */
  async connect(id: string, opts: StepOpts = {}): Promise<boolean> {
    if (this.store.has(id)) {
      this.store.added.add(id);
      return true;
    }
    try {
      const sub = await busy('Adding…', fetchNeighbourhood(App.addArgs(id)));
      if (!sub.nodes.some((n) => n.id === id)) {
        notify(`${id} is not in the graph.`, 'warn');
        return false;
      }
      if (opts.checkpoint !== false) this.checkpoint(`add ${sub.nodes.find((n) => n.id === id)?.label ?? id}`);
      this.applyAdd(id, sub);
      const nb = this.cy.getElementById(id).neighborhood('node');
      if (opts.layout !== false) {
        if (nb.nonempty()) seedPositions(this.cy, nb.first().id(), [id]);
        await this.relayout(true);
      }
      return true;
    } catch (err) {
      if (isNotFound(err) && opts.missing) opts.missing(id);
      else reportError(err, 'Adding failed', () => void this.connect(id, opts));
      return false;
    }
  }

  /** Puts an added entity and only its relationships to what is drawn on the canvas. */
  applyAdd(id: string, sub: Subgraph): void {
    if (!this.store.has(id)) this.store.merge(sub, 'add', { onlyEdgesTo: id });
    this.store.added.add(id);
  }

  /** Search pick: bring the entity in (with its neighbours), select it, centre on it. */
  async focus(id: string): Promise<void> {
    if (!this.store.has(id)) await this.expand(id);
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.reveal(id);
    this.cy.elements().removeClass('focus');
    node.addClass('focus');
    this.select(id, true);
  }

  /** Un-hides an element the user asked for explicitly (by search, list or matrix). */
  reveal(id: string): void {
    if (this.store.hidden.delete(id)) this.store.applyVisibility([id]);
    else if (!this.cy.getElementById(id).visible()) this.store.applyVisibility([id]);
  }

  select(id: string | null, center = false): void {
    this.cy.$(':selected').unselect();
    if (!id) {
      this.setSelected(null);
      return;
    }
    const el = this.cy.getElementById(id);
    if (el.empty()) return;
    el.select();
    if (center) {
      const target = el.group() === 'nodes' ? el : el.connectedNodes();
      // H6: centred in the part of the canvas no drawer or legend covers (graph/frame.ts).
      centre(this.cy, target, Math.max(this.cy.zoom(), 1));
    }
  }

  collapse(id: string): void {
    this.checkpoint(`collapse ${this.nameOf(id)}`);
    const removed = this.store.collapse(id);
    clearNotice(`more:${id}`);
    announce(`Collapsed: ${removed.length} nodes removed.`);
    this.emit('graph', undefined);
  }

  hide(id: string): void {
    this.checkpoint(`hide ${this.nameOf(id)}`);
    if (this.s.selected === id) this.select(null);
    this.store.setHidden(id, true);
    this.store.applyVisibility();
    announce('Hidden. Use "Show hidden" to bring it back.');
    this.emit('graph', undefined);
  }

  unhideAll(): void {
    if (!this.store.hidden.size) return;
    this.checkpoint('show hidden');
    this.store.hidden.clear();
    this.store.applyVisibility();
    this.emit('graph', undefined);
  }

  pin(id: string, on: boolean): void {
    const n = this.cy.getElementById(id);
    if (n.empty() || !n.isNode()) return;
    this.store.setPinned(n, on);
    announce(on ? 'Pinned: layouts will not move it.' : 'Unpinned.');
    this.emit('graph', undefined);
  }

  setFilters(f: Filters): void {
    // Its own undo step: otherwise one Undo would skip it and take back the step before.
    this.checkpoint('filter change');
    this.store.filters = f;
    this.store.applyVisibility(this.s.selected ? [this.s.selected] : []);
    this.emit('graph', undefined);
  }

  setTime(t: TimeView): void {
    this.store.time = t;
    this.store.applyVisibility(this.s.selected ? [this.s.selected] : []);
    this.emit('graph', undefined);
  }

  setPanel(p: PanelName): void {
    this.put({ panel: p });
    this.emit('panel', p);
  }

  setMatrixOpen(open: boolean): void {
    this.put({ matrixOpen: open });
  }

  setHideOrphans(on: boolean): void {
    this.store.hideOrphans = on;
    this.store.applyVisibility();
    this.emit('graph', undefined);
  }

  // ------------------------------------------------------------ layout and renderer

  async relayout(incremental = false): Promise<void> {
    await runLayout(this.cy, {
      name: this.s.layout,
      incremental: incremental && this.s.layout === 'fcose',
      animate: !this.restoring,
      fit: !incremental || this.cy.nodes().length < 40,
    });
    this.syncUrl();
  }

  async setLayout(name: LayoutName): Promise<void> {
    this.checkpoint(`layout change to ${LAYOUT_LABEL[name]}`);
    this.put({ layout: name });
    this.emit('layout', name);
    await this.relayout(false);
    // The toolbar's Undo listens to `graph`: without this it stayed disabled after a layout change.
    this.emit('graph', undefined);
  }

  /** Frames some elements without zooming in further than reading needs. */
  fitTo(eles: Collection, maxZoom = 1.3): void {
    // H6: framed in the part of the canvas no drawer or legend covers (graph/frame.ts).
    frame(this.cy, eles, { maxZoom, pad: 50, duration: 300 });
  }

  /** Zooms about the canvas's middle (the toolbar's + and −). */
  zoomBy(factor: number): void {
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  fit(): void {
    frame(this.cy, this.cy.elements(':visible'), { duration: 250, focus: this.cy.nodes('.root') });
  }

  setWebgl(on: boolean): void {
    if (on === this.s.webgl) return;
    this.put({ webgl: on });
    this.cy = recreate(this.cy, this.container, on);
    this.store.cy = this.cy;
    this.bindCy();
    if (this.s.selected) this.cy.getElementById(this.s.selected).select();
    notify(on ? 'WebGL renderer on (preview: some arrows and labels may draw differently).' : 'Canvas renderer on.', 'info', { key: 'renderer' });
    this.emit('graph', undefined);
  }
}
