/**
 * The one view-state store: everything that makes the picture what it is and that a link, a saved
 * view or Undo must give back. A zustand vanilla store (no framework), with zundo recording the
 * undo history. The URL, the undo button and the panels subscribe to it; the canvas (Cytoscape
 * and graph/store.ts) is what it describes, not where it lives.
 *
 * Undo and Redo: `step` is the last recorded action: its name and the picture just before it (a
 * full snapshot of the canvas, never a replay of calls). Recording an action replaces `step`; zundo
 * keeps the previous `step`s (only `step` is tracked, so selecting or panning is never an undo
 * step) and, after an Undo, the undone ones as its future. Undo puts `step.before` on the canvas,
 * after writing the picture it replaces into `step.after`, so that Redo, which takes the step back
 * from zundo's future, can put `after` back. A new action empties the future (zundo does so).
 */
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { LayoutName } from '../graph/layout.ts';
import type { Snapshot } from '../graph/store.ts';
import { emptyFilters, type Filters, type TimeView } from '../graph/visibility.ts';
import { DEFAULT_DEPTH, DEFAULT_ROOT, type Expansion, type PanelName, type TraceSpec, type Viewport } from './url.ts';

/** What Undo or Redo puts back: the canvas and the view fields that go with it. */
export interface Picture {
  snap: Snapshot;
  selected: string | null;
  trace: TraceSpec | null;
  layout: LayoutName;
}

export interface UndoStep {
  /** "expand European Union": the tooltip says "Undo expand European Union". null: nothing to undo. */
  label: string | null;
  /** The picture before the action (what Undo gives back). */
  before: Picture | null;
  /** The picture after it, written when the step is undone (what Redo gives back). */
  after: Picture | null;
}

/** What is drawn, as lists (the canvas's own bookkeeping is graph/store.ts). */
export interface Shown {
  expanded: Expansion[];
  added: string[];
  hidden: string[];
  pinned: string[];
}

export interface AtlasState {
  root: string;
  depth: number;
  shown: Shown;
  selected: string | null;
  filters: Filters;
  time: TimeView;
  layout: LayoutName;
  trace: TraceSpec | null;
  panel: PanelName;
  matrixOpen: boolean;
  webgl: boolean;
  /** null until the canvas has been framed once (then the link carries it). */
  viewport: Viewport | null;
  step: UndoStep;
}

/** Undo steps kept; older ones are forgotten. */
export const UNDO_LIMIT = 40;

const NO_STEP: UndoStep = { label: null, before: null, after: null };

export function initialState(): AtlasState {
  return {
    root: DEFAULT_ROOT,
    depth: DEFAULT_DEPTH,
    shown: { expanded: [], added: [], hidden: [], pinned: [] },
    selected: null,
    filters: emptyFilters(),
    time: { asOf: null, compareFrom: null },
    layout: 'fcose',
    trace: null,
    panel: 'inspect',
    matrixOpen: false,
    webgl: false,
    viewport: null,
    step: NO_STEP,
  };
}

export function createAtlasStore() {
  return createStore<AtlasState>()(
    temporal(() => initialState(), {
      partialize: (s) => ({ step: s.step }),
      // A new step object is a recorded action; any other change is not.
      equality: (a, b) => a.step === b.step,
      limit: UNDO_LIMIT,
    }),
  );
}

export type AtlasStore = ReturnType<typeof createAtlasStore>;

/** Calls `fn` with a field (or any value made of the state) each time it changes, not on other changes. */
export function follow<T>(store: AtlasStore, pick: (s: AtlasState) => T, fn: (v: T) => void): void {
  store.subscribe((s, prev) => {
    const v = pick(s);
    if (!Object.is(v, pick(prev))) fn(v);
  });
}

/** Records an action about to happen: its name and the picture before it. Forgets the redo side. */
export function record(store: AtlasStore, label: string, before: Picture): void {
  store.setState({ step: { label, before, after: null } });
}

/** The step Undo would take back, or null. */
export function undoLabel(store: AtlasStore): string | null {
  return store.getState().step.label;
}

/** The step Redo would do again, or null. */
export function redoLabel(store: AtlasStore): string | null {
  return store.temporal.getState().futureStates.at(-1)?.step?.label ?? null;
}

/** Changes the store without making an undo step of the change. */
function untracked(store: AtlasStore, p: Partial<AtlasState>): void {
  const t = store.temporal.getState();
  t.pause();
  store.setState(p);
  t.resume();
}

/**
 * Takes the last step off the history and returns it (the caller puts `before` on the canvas);
 * `now`, the picture it replaces, is kept on the step for Redo.
 */
export function popStep(store: AtlasStore, now: Picture): UndoStep | null {
  const step = store.getState().step;
  if (!step.label) return null;
  const undone: UndoStep = { ...step, after: now };
  const t = store.temporal.getState();
  if (t.pastStates.length) {
    untracked(store, { step: undone });
    t.undo();
  } else {
    // The oldest step still kept: nothing before it to restore, so the history is empty now (but
    // the step can still be redone).
    untracked(store, { step: NO_STEP });
    store.temporal.setState({ futureStates: [...t.futureStates, { step: undone }] });
  }
  return undone;
}

/** Puts the last undone step back on the history and returns it (the caller puts `after` on the canvas). */
export function redoStep(store: AtlasStore): UndoStep | null {
  const t = store.temporal.getState();
  if (!t.futureStates.length) return null;
  t.redo();
  return store.getState().step;
}

/** A new start (a link opened): no history. */
export function clearHistory(store: AtlasStore): void {
  const t = store.temporal.getState();
  untracked(store, { step: NO_STEP });
  t.clear();
}
