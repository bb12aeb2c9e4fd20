import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../graph/store.ts';
import {
  clearHistory,
  createAtlasStore,
  follow,
  popStep,
  record,
  redoLabel,
  redoStep,
  undoLabel,
  UNDO_LIMIT,
  type AtlasStore,
  type Picture,
} from '../store.ts';

/** A picture told apart by its selection (the canvas snapshot does not matter to the store). */
const pic = (name: string): Picture => ({ snap: { elements: [] } as unknown as Snapshot, selected: name, trace: null, layout: 'fcose' });
/** Undo as the explorer does it: the picture on screen goes in, the one to put back comes out. */
const undo = (s: AtlasStore, now: string): string | null | undefined => popStep(s, pic(now))?.before?.selected;
const redo = (s: AtlasStore): string | null | undefined => redoStep(s)?.after?.selected;

describe('the view-state store', () => {
  it('gives back the steps in reverse order, each once, then has nothing to undo', () => {
    const s = createAtlasStore();
    expect(undoLabel(s)).toBeNull();
    record(s, 'expand European Union', pic('p0'));
    record(s, 'filter change', pic('p1'));
    expect(undoLabel(s)).toBe('filter change');
    expect(undo(s, 'p2')).toBe('p1');
    expect(undoLabel(s)).toBe('expand European Union');
    expect(undo(s, 'p1')).toBe('p0');
    expect(undoLabel(s)).toBeNull();
    expect(popStep(s, pic('p0'))).toBeNull();
  });

  it('redoes what was undone, in order, with the pictures the undos replaced', () => {
    const s = createAtlasStore();
    record(s, 'expand European Union', pic('p0'));
    record(s, 'filter change', pic('p1'));
    expect(redoLabel(s)).toBeNull();
    undo(s, 'p2');
    undo(s, 'p1');
    expect(redoLabel(s)).toBe('expand European Union');
    expect(redo(s)).toBe('p1');
    expect(undoLabel(s)).toBe('expand European Union');
    expect(redoLabel(s)).toBe('filter change');
    expect(redo(s)).toBe('p2');
    expect(redoLabel(s)).toBeNull();
    expect(redoStep(s)).toBeNull();
    // Redone steps undo again, to the same pictures as before.
    expect(undoLabel(s)).toBe('filter change');
    expect(undo(s, 'p2')).toBe('p1');
    expect(undo(s, 'p1')).toBe('p0');
  });

  it('forgets what could be redone when a new action is recorded', () => {
    const s = createAtlasStore();
    record(s, 'expand European Union', pic('p0'));
    record(s, 'filter change', pic('p1'));
    undo(s, 'p2');
    expect(redoLabel(s)).toBe('filter change');
    record(s, 'hide Kenya', pic('p1'));
    expect(redoLabel(s)).toBeNull();
    expect(redoStep(s)).toBeNull();
    expect(undoLabel(s)).toBe('hide Kenya');
  });

  it('does not make an undo step of a selection, a pan or a panel change, nor forget the redo side for one', () => {
    const s = createAtlasStore();
    record(s, 'expand European Union', pic('p0'));
    s.setState({ selected: 'org:eu', viewport: { zoom: 2, pan: { x: 1, y: 2 } }, panel: 'trace' });
    expect(s.temporal.getState().pastStates).toHaveLength(1);
    expect(undo(s, 'p1')).toBe('p0');
    // Undo takes back the step only: what is selected is the step's business, not the history's.
    expect(s.getState().panel).toBe('trace');
    s.setState({ selected: 'state:KEN', panel: 'list' });
    expect(redoLabel(s)).toBe('expand European Union');
  });

  it('keeps at most UNDO_LIMIT steps, then empties cleanly, and can redo all it undid', () => {
    const s = createAtlasStore();
    for (let i = 0; i < UNDO_LIMIT + 5; i++) record(s, `step ${i}`, pic(`p${i}`));
    let n = 0;
    while (popStep(s, pic('now'))) n++;
    expect(n).toBe(UNDO_LIMIT + 1);
    expect(undoLabel(s)).toBeNull();
    let m = 0;
    while (redoStep(s)) m++;
    expect(m).toBe(n);
    expect(undoLabel(s)).toBe(`step ${UNDO_LIMIT + 4}`);
  });

  it('forgets the history, both ways, when a link is opened', () => {
    const s = createAtlasStore();
    record(s, 'hide Kenya', pic('p0'));
    record(s, 'hide Chile', pic('p1'));
    undo(s, 'p2');
    clearHistory(s);
    expect(undoLabel(s)).toBeNull();
    expect(redoLabel(s)).toBeNull();
    expect(s.temporal.getState().pastStates).toEqual([]);
  });

  it('calls a follower when its field changes, and only then', () => {
    const s = createAtlasStore();
    const seen: (string | null)[] = [];
    follow(
      s,
      (st) => st.selected,
      (id) => seen.push(id),
    );
    s.setState({ panel: 'list' });
    s.setState({ selected: 'org:eu' });
    s.setState({ selected: 'org:eu', layout: 'dagre' });
    s.setState({ selected: null });
    expect(seen).toEqual(['org:eu', null]);
  });
});
