/**
 * The explorer's view state and what follows from it, under the controller (app.ts): the one store
 * (state/store.ts), the events panels listen to, the canvas as panels see it (state/canvas.ts), the
 * URL that follows the store, and Undo and Redo, which put a recorded snapshot back (never a
 * replay). A base class rather than a helper module so that app.ts and this file do not import
 * each other.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { GraphStore } from '../graph/store.ts';
import { applyLean, createView } from '../graph/view.ts';
import { workerLayoutSettled } from '../graph/layout.ts';
import { announce, notify } from '../panels/notices.ts';
import type { Canvas, Events, Handler } from '../panels/ports.ts';
import { canvasOf, drawPaths } from './canvas.ts';
import { viewStateOf } from './current.ts';
import { clearHistory, createAtlasStore, popStep, record, redoStep, type AtlasState, type Picture } from './store.ts';
import { encodeState, type TraceSpec, type ViewState } from './url.ts';

export class ViewBase {
  cy: Core;
  store: GraphStore;
  /** The view state (state/store.ts): the URL, undo and panels subscribe to it. */
  readonly view = createAtlasStore();
  /** What panels may ask of the canvas (panels/ports.ts). */
  readonly canvas: Canvas;
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
    this.canvas = canvasOf(() => this.cy, this.store);
    // The URL follows the store (positions, which live on the canvas, call syncUrl themselves).
    this.view.subscribe(() => this.syncUrl());
  }

  // The view's fields live in the store: read them with `s`, write them with `put`.
  protected get s(): AtlasState {
    return this.view.getState();
  }
  protected put(p: Partial<AtlasState>): void {
    this.view.setState(p);
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
    if (id === this.s.selected) return;
    this.put({ selected: id });
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

  // ------------------------------------------------------------ the trace (drawn for the trace panel)

  setTrace(spec: TraceSpec | null): void {
    this.store.clearTrace();
    this.put({ trace: spec });
  }

  drawTrace(nodes: ElementDefinition[], edges: ElementDefinition[]): Promise<void> {
    return drawPaths(this.cy, this.store, this.s.layout, nodes, edges);
  }

  setTraceRunner(run: (spec: TraceSpec) => Promise<void>): void {
    this.traceRunner = run;
  }

  // ------------------------------------------------------------ undo and redo

  /** The picture Undo or Redo puts back: the canvas and the view fields that go with it. */
  private picture(): Picture {
    return { snap: this.store.snapshot(), selected: this.s.selected, trace: this.s.trace, layout: this.s.layout };
  }

  /** Records the picture before an action, under the action's name (one Undo step). */
  checkpoint(label: string): void {
    record(this.view, label, this.picture());
  }

  clearUndo(): void {
    clearHistory(this.view);
  }

  /** A node's name for messages and tooltips ("Undo expand European Union", not "org:eu"). */
  nameOf(id: string): string {
    return this.canvas.nameOf(id);
  }

  async undo(): Promise<void> {
    // A layout still in the worker is the step's own: its positions belong to the picture Redo
    // brings back, so Undo takes it once they are on the canvas.
    await workerLayoutSettled();
    const step = popStep(this.view, this.picture());
    if (!step?.before) return announce('Nothing to undo.');
    this.show(step.before);
    announce(`Undone: ${step.label}.`);
  }

  async redo(): Promise<void> {
    await workerLayoutSettled();
    const step = redoStep(this.view);
    if (!step?.after) return announce('Nothing to redo.');
    this.show(step.after);
    announce(`Redone: ${step.label}.`);
  }

  private show(p: Picture): void {
    this.store.restore(p.snap);
    this.put({ trace: p.trace });
    if (p.layout !== this.s.layout) {
      this.put({ layout: p.layout });
      this.emit('layout', p.layout);
    }
    this.cy.$(':selected').unselect();
    if (p.selected && this.store.has(p.selected)) this.cy.getElementById(p.selected).select();
    this.emit('graph', undefined);
  }
}
