/**
 * The explorer's view state and what follows from it, under the controller (app.ts): the fields of
 * the one store (state/store.ts) under the names panels use, the events panels listen to, the
 * URL that follows the store, and Undo, which puts a recorded snapshot back (never a replay).
 * A base class rather than a helper module so that app.ts and this file do not import each other.
 */
import type { Core } from 'cytoscape';
import type { LayoutName } from '../graph/layout.ts';
import { GraphStore } from '../graph/store.ts';
import { applyLean, createView } from '../graph/view.ts';
import { announce, notify } from '../panels/notices.ts';
import { viewStateOf } from './current.ts';
import { clearHistory, createAtlasStore, popStep, record, undoLabel, type AtlasState } from './store.ts';
import { encodeState, type PanelName, type TraceSpec, type ViewState } from './url.ts';

export type Events = { select: string | null; graph: void; panel: PanelName; layout: LayoutName };
type Handler<K extends keyof Events> = (v: Events[K]) => void;

export class ViewBase {
  cy: Core;
  store: GraphStore;
  /** The view state (state/store.ts): the URL, undo and panels subscribe to it. */
  readonly view = createAtlasStore();
  /** Set by the trace panel: re-runs a trace when a link is reopened. */
  traceRunner: ((spec: TraceSpec) => Promise<void>) | null = null;
  private handlers: { [K in keyof Events]?: Handler<K>[] } = {};
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  protected viewportTimer: ReturnType<typeof setTimeout> | undefined;
  /** True while a shared link is being rebuilt (state/restore.ts): no URL writes, no animation. */
  restoring = false;

  constructor(protected container: HTMLElement) {
    this.cy = createView({ container, webgl: false });
    this.store = new GraphStore(this.cy);
    // The URL follows the store (positions, which live on the canvas, call syncUrl themselves).
    this.view.subscribe(() => this.syncUrl());
  }

  // The view's fields, read and written through the store (panels and tests use these names).
  protected get s(): AtlasState {
    return this.view.getState();
  }
  protected put(p: Partial<AtlasState>): void {
    this.view.setState(p);
  }
  get root(): string {
    return this.s.root;
  }
  set root(v: string) {
    this.put({ root: v });
  }
  get depth(): number {
    return this.s.depth;
  }
  set depth(v: number) {
    this.put({ depth: v });
  }
  get layout(): LayoutName {
    return this.s.layout;
  }
  set layout(v: LayoutName) {
    this.put({ layout: v });
  }
  get webgl(): boolean {
    return this.s.webgl;
  }
  set webgl(v: boolean) {
    this.put({ webgl: v });
  }
  get panel(): PanelName {
    return this.s.panel;
  }
  set panel(v: PanelName) {
    this.put({ panel: v });
  }
  get matrixOpen(): boolean {
    return this.s.matrixOpen;
  }
  set matrixOpen(v: boolean) {
    this.put({ matrixOpen: v });
  }
  get trace(): TraceSpec | null {
    return this.s.trace;
  }
  set trace(v: TraceSpec | null) {
    this.put({ trace: v });
  }
  get selected(): string | null {
    return this.s.selected;
  }
  set selected(v: string | null) {
    this.put({ selected: v });
  }

  /** Copies what the canvas shows into the store (after every change of the picture). */
  private syncShown(): void {
    const g = this.store;
    this.put({
      shown: { expanded: [...g.expanded.values()].map((e) => ({ ...e })), added: [...g.added], hidden: [...g.hidden], pinned: g.pinnedIds() },
      filters: g.filters,
      time: { ...g.time },
    });
  }

  on<K extends keyof Events>(ev: K, fn: Handler<K>): void {
    ((this.handlers[ev] ??= []) as Handler<K>[]).push(fn);
  }

  emit<K extends keyof Events>(ev: K, v: Events[K]): void {
    if (ev === 'graph' && applyLean(this.cy) && this.cy.scratch('_atlasLean')) {
      notify('Large view: drawn simplified (straight lines, no arrowheads, names when zoomed in). Filter or collapse to get the full drawing back.', 'info', {
        key: 'lean',
      });
    }
    if (ev === 'graph') this.syncShown();
    for (const fn of (this.handlers[ev] ?? []) as Handler<K>[]) fn(v);
    if (ev !== 'select' || !this.restoring) this.syncUrl();
  }

  protected setSelected(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    if (id) {
      const el = this.cy.getElementById(id);
      const d = el.data() as { kind?: string; label?: string; caption?: string };
      announce(`Selected ${el.group() === 'nodes' ? `${d.kind} ${d.label}` : `relationship ${d.caption}`}.`);
    }
    this.emit('select', id);
  }

  // ------------------------------------------------------------ state and URL

  currentState(): ViewState {
    return viewStateOf(this.s, this.cy);
  }

  shareUrl(): string {
    return `${location.origin}${location.pathname}${location.search}#${encodeState(this.currentState())}`;
  }

  /** Debounced: dragging a node or playing the timeline must not flood the history API. */
  syncUrl(): void {
    if (this.restoring) return;
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => {
      history.replaceState(null, '', `#${encodeState(this.currentState())}`);
    }, 250);
  }

  // ------------------------------------------------------------ undo

  /** Records the picture before an action, under the action's name (one Undo step). */
  checkpoint(label: string): void {
    record(this.view, { label, snap: this.store.snapshot(), selected: this.selected, trace: this.trace, layout: this.layout });
  }

  clearUndo(): void {
    clearHistory(this.view);
  }

  /** A node's name for messages and tooltips ("Undo expand European Union", not "org:eu"). */
  nameOf(id: string): string {
    const el = this.cy.getElementById(id);
    return (el.nonempty() && (el.data('label') ?? el.data('caption'))) || id;
  }

  canUndo(): string | null {
    return undoLabel(this.view);
  }

  undo(): void {
    const entry = popStep(this.view);
    if (!entry?.snap) {
      announce('Nothing to undo.');
      return;
    }
    this.store.restore(entry.snap);
    this.trace = entry.trace;
    if (entry.layout !== this.layout) {
      this.layout = entry.layout;
      this.emit('layout', entry.layout);
    }
    this.cy.$(':selected').unselect();
    if (entry.selected && this.store.has(entry.selected)) this.cy.getElementById(entry.selected).select();
    announce(`Undone: ${entry.label}.`);
    this.emit('graph', undefined);
  }
}
