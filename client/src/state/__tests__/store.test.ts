import { describe, expect, it } from 'vitest';
import { clearHistory, createAtlasStore, popStep, record, undoLabel, UNDO_LIMIT, type UndoStep } from '../store.ts';

const step = (label: string): UndoStep => ({ label, snap: null, selected: null, trace: null, layout: 'fcose' });

describe('the view-state store', () => {
  it('gives back the steps in reverse order, each once, then has nothing to undo', () => {
    const s = createAtlasStore();
    expect(undoLabel(s)).toBeNull();
    record(s, step('expand European Union'));
    record(s, step('filter change'));
    expect(undoLabel(s)).toBe('filter change');
    expect(popStep(s)?.label).toBe('filter change');
    expect(undoLabel(s)).toBe('expand European Union');
    expect(popStep(s)?.label).toBe('expand European Union');
    expect(undoLabel(s)).toBeNull();
    expect(popStep(s)).toBeNull();
  });

  it('does not make an undo step of a selection, a pan or a panel change', () => {
    const s = createAtlasStore();
    record(s, step('expand European Union'));
    s.setState({ selected: 'org:eu', viewport: { zoom: 2, pan: { x: 1, y: 2 } }, panel: 'trace' });
    expect(s.temporal.getState().pastStates).toHaveLength(1);
    expect(popStep(s)?.label).toBe('expand European Union');
    // Undo takes back the step only: what is selected is the step's business, not the history's.
    expect(s.getState().panel).toBe('trace');
  });

  it('keeps at most UNDO_LIMIT steps, then empties cleanly', () => {
    const s = createAtlasStore();
    for (let i = 0; i < UNDO_LIMIT + 5; i++) record(s, step(`step ${i}`));
    let n = 0;
    while (popStep(s)) n++;
    expect(n).toBe(UNDO_LIMIT + 1);
    expect(undoLabel(s)).toBeNull();
  });

  it('forgets the history when a link is opened', () => {
    const s = createAtlasStore();
    record(s, step('hide Kenya'));
    clearHistory(s);
    expect(undoLabel(s)).toBeNull();
    expect(s.temporal.getState().pastStates).toEqual([]);
  });
});
