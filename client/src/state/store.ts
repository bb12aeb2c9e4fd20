/**
 * The one view-state store: everything that makes the picture what it is and that a link, a saved
 * view or Undo must give back. A zustand vanilla store (no framework), with zundo recording the
 * undo history. The URL, the undo button and the panels subscribe to it; the canvas (Cytoscape
 * and graph/store.ts) is what it describes, not where it lives.
 *
 * Undo: `step` is what one Undo gives back, namely the picture just before the last recorded action
 * (a full snapshot of the canvas, never a replay of calls) and that action's name. Recording an
 * action replaces `step`; zundo keeps the previous `step`s (only `step` is tracked, so selecting or
 * panning is never an undo step). Undo applies `step`, then lets zundo put the one before back.
 */
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { LayoutName } from '../graph/layout.ts';
import type { Snapshot } from '../graph/store.ts';
import { emptyFilters, type Filters, type TimeView } from '../graph/visibility.ts';
import { DEFAULT_DEPTH, DEFAULT_ROOT, type Expansion, type PanelName, type TraceSpec, type Viewport } from './url.ts';

export interface UndoStep {
  /** "expand European Union": the tooltip says "Undo expand European Union". null: nothing to undo. */
  label: string | null;
  snap: Snapshot | null;
  selected: string | null;
  trace: TraceSpec | null;
  layout: LayoutName;
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
    step: { label: null, snap: null, selected: null, trace: null, layout: 'fcose' },
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

/** Records an action about to happen: its name and the picture before it. */
export function record(store: AtlasStore, step: UndoStep): void {
  store.setState({ step });
}

/** The step Undo would take back, or null. */
export function undoLabel(store: AtlasStore): string | null {
  return store.getState().step.label;
}

/** Takes the last step off the history and returns it (the caller puts its picture on the canvas). */
export function popStep(store: AtlasStore): UndoStep | null {
  const step = store.getState().step;
  if (!step.label) return null;
  const t = store.temporal.getState();
  if (t.pastStates.length) t.undo();
  else {
    // The oldest step still kept: nothing before it to restore, so the history is empty now.
    store.temporal.getState().pause();
    store.setState({ step: initialState().step });
    store.temporal.getState().resume();
  }
  // Undo is one-way here (no redo button): forget the redo side.
  store.temporal.setState({ futureStates: [] });
  return step;
}

/** A new start (a link opened): no history. */
export function clearHistory(store: AtlasStore): void {
  const t = store.temporal.getState();
  t.pause();
  store.setState({ step: initialState().step });
  t.clear();
  t.resume();
}
