/** The page ↔ layout worker messages (layout-protocol.ts) and the headless run they drive. */
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../layout-headless.ts';
import { jobElements, pinnedOf, positionsToApply, type LayoutAnswer, type LayoutJob } from '../layout-protocol.ts';

const JOB: LayoutJob = {
  seq: 7,
  incremental: false,
  nodes: [
    { id: 'a', w: 30, h: 20, x: 0, y: 0 },
    { id: 'b', w: 30, h: 20, x: 10, y: 0, pinned: true },
    { id: 'c', w: 30, h: 20, x: 20, y: 0, parent: 'gone' },
  ],
  edges: [
    { id: 'ab', source: 'a', target: 'b', type: 'CITES' },
    { id: 'bc', source: 'b', target: 'c' },
    { id: 'cx', source: 'c', target: 'x' },
  ],
};

const answer = (over: Partial<Extract<LayoutAnswer, { ok: true }>> = {}): LayoutAnswer => ({
  seq: 7,
  ok: true,
  positions: { a: { x: 1, y: 2 }, b: { x: 99, y: 99 }, c: { x: 3, y: 4 } },
  refineTicks: null,
  ms: 1,
  ...over,
});

describe('layout job → worker elements', () => {
  it('keeps sizes, positions and edge types; drops edges to nodes outside the job and unknown parents', () => {
    const els = jobElements(JOB);
    expect(els.filter((e) => e.group === 'nodes').map((e) => [e.data.id, e.data.w, e.data.h, e.position])).toEqual([
      ['a', 30, 20, { x: 0, y: 0 }],
      ['b', 30, 20, { x: 10, y: 0 }],
      ['c', 30, 20, { x: 20, y: 0 }],
    ]);
    expect(els.find((e) => e.data.id === 'c')?.data.parent).toBeUndefined();
    expect(els.filter((e) => e.group === 'edges').map((e) => [e.data.id, e.data.type])).toEqual([
      ['ab', 'CITES'],
      ['bc', undefined],
    ]);
  });

  it('the pinned nodes become fixed-node constraints at their current position', () => {
    expect(pinnedOf(JOB)).toEqual([{ nodeId: 'b', position: { x: 10, y: 0 } }]);
  });
});

describe('which answer the page applies', () => {
  it('the current answer: the job’s unpinned nodes with finite positions', () => {
    expect(positionsToApply(JOB, 7, answer())).toEqual({ a: { x: 1, y: 2 }, c: { x: 3, y: 4 } });
    expect(positionsToApply(JOB, 7, answer({ positions: { a: { x: Number.NaN, y: 0 }, c: { x: 3, y: 4 }, z: { x: 0, y: 0 } } }))).toEqual({
      c: { x: 3, y: 4 },
    });
  });

  it('a stale answer (a newer layout was asked for) or a failed one: nothing', () => {
    expect(positionsToApply(JOB, 8, answer())).toBeNull();
    expect(positionsToApply({ ...JOB, seq: 6 }, 7, answer())).toBeNull();
    expect(positionsToApply(JOB, 7, { seq: 7, ok: false, error: 'boom' })).toBeNull();
  });
});

describe('the worker’s run of a job', () => {
  it('answers with the job’s sequence number, keeps a pinned node in place, drops nothing', () => {
    const a = computeLayout(JOB);
    if (!a.ok) throw new Error(a.error);
    expect(a.seq).toBe(7);
    expect(Object.keys(a.positions).sort()).toEqual(['a', 'b', 'c']);
    expect(a.positions.b?.x).toBeCloseTo(10, 0);
    expect(a.positions.b?.y).toBeCloseTo(0, 0);
  });

  it('a malformed job is a failed answer with its sequence number, not an error thrown in the worker', () => {
    const a = computeLayout({ ...JOB, nodes: undefined as unknown as LayoutJob['nodes'] });
    expect(a).toMatchObject({ seq: 7, ok: false });
  });
});
