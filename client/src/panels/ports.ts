/**
 * What panels may use of the explorer, as narrow interfaces: panels never see the `App` (app.ts),
 * Cytoscape or the canvas's bookkeeping (graph/store.ts). main.ts wires the App into these.
 *
 * - `Canvas`: the read-only questions panels ask of what is drawn;
 * - `Operations`: the App's operations (each keeps undo and the URL in step) and its events;
 * - the view's state is the store itself (`AtlasStore`, state/store.ts): read with `getState()`,
 *   a field followed with `follow(view, pick, fn)`.
 *
 * Each panel takes `Ports<its operations, its canvas questions>`, so its signature says what it
 * uses; main.ts hands every panel the same `{ ops, canvas, view }`.
 */
import type { EdgeCollection, ElementDefinition, NodeCollection, NodeSingular, SingularElementReturnValue } from 'cytoscape';
import type { DrawableRelationship } from '../api/queries.ts';
import type { LayoutName } from '../graph/layout.ts';
import type { Filters, TimeView } from '../graph/visibility.ts';
import type { AtlasStore } from '../state/store.ts';
import type { PanelName, TraceSpec } from '../state/url.ts';

/**
 * The App's events: the selection, the picture (elements or visibility), the open tab, the layout.
 * Panels follow the store for the fields and listen to `graph` only, for what the store does not
 * hold (graph/labels.ts listens to the others).
 */
export type Events = { select: string | null; graph: void; panel: PanelName; layout: LayoutName };
export type Handler<K extends keyof Events> = (v: Events[K]) => void;

/** Read-only questions about the canvas. The elements returned are for reading, not for changing. */
export interface Canvas {
  /** The drawn element with this id (an empty collection when it is not drawn). */
  element(id: string): SingularElementReturnValue;
  nodes(): NodeCollection;
  edges(): EdgeCollection;
  visibleNodes(): NodeSingular[];
  has(id: string): boolean;
  isExpanded(id: string): boolean;
  /** True when the node has more relationships than are drawn ("Show more"). */
  isCapped(id: string): boolean;
  hideOrphans(): boolean;
  findEdge(type: string, source: string, target: string): string | null;
  /** A node's name for messages and tooltips ("European Union", not "org:eu"). */
  nameOf(id: string): string;
}

/** How a step is replayed: without layout, without an undo step (a shared link, a matrix cell). */
export interface StepOpts {
  layout?: boolean;
  checkpoint?: boolean;
  missing?: (id: string) => void;
}

export interface Operations {
  on<K extends keyof Events>(ev: K, fn: Handler<K>): void;
  emit<K extends keyof Events>(ev: K, v: Events[K]): void;
  /** Records the picture before an action the user may take back, under its name. */
  checkpoint(label: string): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
  focus(id: string): Promise<void>;
  select(id: string | null, center?: boolean): void;
  reveal(id: string): void;
  expand(id: string, opts?: StepOpts): Promise<void>;
  showMore(id: string): Promise<void>;
  connect(id: string, opts?: StepOpts): Promise<boolean>;
  collapse(id: string): void;
  hide(id: string): void;
  unhideAll(): void;
  pin(id: string, on: boolean): void;
  setFilters(f: Filters): void;
  setHideOrphans(on: boolean): void;
  setTime(t: TimeView): void;
  setPanel(p: PanelName): void;
  setMatrixOpen(open: boolean): void;
  setLayout(name: LayoutName): Promise<void>;
  relayout(incremental?: boolean): Promise<void>;
  fit(): void;
  zoomBy(factor: number): void;
  setWebgl(on: boolean): void;
  shareUrl(): string;
  /** The hub menu's pick: some relationships of a drawn node, their other ends recorded as added. */
  addRelationships(id: string, rels: DrawableRelationship[], label: string): Promise<{ newNodes: string[] } | null>;
  /** Elements the API did not draw (a matrix position the neighbourhood cap left out). */
  drawLoose(nodes: ElementDefinition[], edges: ElementDefinition[]): void;
  /** Lifts an earlier trace's fading. */
  liftFading(): void;
  /** The trace on screen: its spec (null: none); the previous trace's elements are taken away. */
  setTrace(spec: TraceSpec | null): void;
  /** Draws a trace's paths; new nodes are settled by an incremental layout. */
  drawTrace(nodes: ElementDefinition[], edges: ElementDefinition[]): Promise<void>;
  /** Marks paths (secondary: the other paths when all are shown), fades the rest, frames them. */
  markTrace(primary: string[], secondary: string[]): void;
  /** The hub menu's hook into expansion: true when the menu took over. */
  setHubGate(gate: (id: string) => Promise<boolean>): void;
  /** The trace panel's runner, which a reopened link calls. */
  setTraceRunner(run: (spec: TraceSpec) => Promise<void>): void;
}

/** What one panel gets: the operations `O` and the canvas questions `C` it uses, and the view's store. */
export interface Ports<O extends keyof Operations = never, C extends keyof Canvas = never> {
  ops: Pick<Operations, O>;
  canvas: Pick<Canvas, C>;
  view: AtlasStore;
}
