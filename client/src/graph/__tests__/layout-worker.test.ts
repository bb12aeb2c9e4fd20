/**
 * How runLayout uses the layout worker, with a stand-in Worker (Node has none) answered by the
 * worker's real code (computeLayout): which views go to the worker, what the page applies, how
 * a newer layout supersedes an older one, and the page's fallback when the worker fails to load.
 * The tests share the module's one worker slot, so they run in order.
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runLayout, workerLayoutSettled, type LayoutRequest } from '../layout.ts';
import { LARGE_VIEW } from '../refine.ts';
import { computeLayout } from '../layout-headless.ts';
import type { LayoutAnswer, LayoutJob } from '../layout-protocol.ts';

cytoscape.use(fcose);

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: { data: LayoutAnswer }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  posted: LayoutJob[] = [];
  terminated = false;
  constructor(readonly url: URL) {
    FakeWorker.made.push(this);
  }
  postMessage(job: LayoutJob): void {
    this.posted.push(job);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the last job posted with what the real worker would compute. */
  answerLast(): void {
    this.onmessage?.({ data: computeLayout(this.posted.at(-1)!) });
  }
}
vi.stubGlobal('Worker', FakeWorker);
afterAll(() => vi.unstubAllGlobals());

const FCOSE: LayoutRequest = { name: 'fcose', incremental: false, animate: false, fit: false };

/** A chain of n nodes on one line (so a node the layout moved is off it); n0 pinned. */
function view(n: number): Core {
  const nodes = Array.from({ length: n }, (_, i) => ({ data: { id: `n${i}`, kind: 'State' }, position: { x: i * 3, y: 0 } }));
  const edges = nodes.slice(1).map((_, i) => ({ data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}`, type: 'CITES' } }));
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: [...nodes, ...edges] });
  cy.getElementById('n0').addClass('pinned').lock();
  return cy;
}

const offTheLine = (cy: Core): number => cy.nodes().filter((n) => n.position('y') !== 0).length;

describe('runLayout and the layout worker', () => {
  it('a small view is laid out on the page: no worker is started', async () => {
    const cy = view(60);
    await runLayout(cy, FCOSE);
    expect(FakeWorker.made).toHaveLength(0);
    expect(offTheLine(cy)).toBeGreaterThan(30);
  });

  it('a large view goes to the worker (layout.worker.ts) and the answer is applied, the pinned node unmoved', async () => {
    const cy = view(450);
    const done = runLayout(cy, FCOSE);
    const w = FakeWorker.made[0]!;
    expect(w.url.pathname).toMatch(/layout\.worker\.ts$/);
    const job = w.posted[0]!;
    expect(job.nodes).toHaveLength(450);
    expect(job.edges).toHaveLength(449);
    expect(job.nodes.filter((n) => n.pinned).map((n) => n.id)).toEqual(['n0']);
    expect(offTheLine(cy), 'nothing moves before the answer').toBe(0);
    w.answerLast();
    await done;
    expect(offTheLine(cy)).toBeGreaterThan(400);
    expect(cy.getElementById('n0').position()).toEqual({ x: 0, y: 0 });
  });

  it('a mid-sized view goes to the worker too, and workerLayoutSettled waits for its positions', async () => {
    const cy = view(LARGE_VIEW + 50);
    await workerLayoutSettled(); // nothing in flight: at once
    const done = runLayout(cy, FCOSE);
    const w = FakeWorker.made.at(-1)!;
    expect(w.posted.at(-1)!.nodes).toHaveLength(LARGE_VIEW + 50);
    let settled = false;
    const wait = workerLayoutSettled().then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(settled, 'still in the worker').toBe(false);
    w.answerLast();
    await wait;
    expect(offTheLine(cy), 'the positions are on the canvas when the wait ends').toBeGreaterThan(LARGE_VIEW);
    await done;
  });

  it('a newer layout terminates the busy worker, ends the older wait, and a stale answer is never applied', async () => {
    const cy = view(450);
    const older = runLayout(cy, FCOSE);
    const first = FakeWorker.made.at(-1)!;
    const olderJob = first.posted.at(-1)!;
    const newer = runLayout(cy, FCOSE);
    expect(first.terminated).toBe(true);
    await older; // resolves without positions
    expect(offTheLine(cy)).toBe(0);
    const second = FakeWorker.made.at(-1)!;
    expect(second).not.toBe(first);
    second.onmessage?.({ data: computeLayout(olderJob) });
    expect(offTheLine(cy), 'the older job’s answer').toBe(0);
    second.answerLast();
    await newer;
    expect(offTheLine(cy)).toBeGreaterThan(400);
  });

  it('a worker that fails to load: the page lays out itself, now and for later layouts', async () => {
    const cy = view(450);
    const done = runLayout(cy, FCOSE);
    const w = FakeWorker.made.at(-1)!;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    w.onerror?.({ message: 'blocked by CSP', preventDefault: () => undefined });
    await done;
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('blocked by CSP'));
    expect(offTheLine(cy)).toBeGreaterThan(400);
    const made = FakeWorker.made.length;
    await runLayout(view(450), FCOSE);
    expect(FakeWorker.made).toHaveLength(made);
    warn.mockRestore();
  });
});
