/**
 * The three layouts the explorer offers. fCoSE is the default because it is fast (spectral start)
 * and keeps the mental map when re-run incrementally after an expansion; concentric puts the
 * duties in the middle and each kind on its own ring; hierarchical (dagre) reads positions,
 * instruments and papers as flows into the duties.
 */
import type { Collection, Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { Kind } from '../types.ts';
import { fcoseOptions } from './fcose.ts';
import { frame } from './frame.ts';
import { computeLayout } from './layout-headless.ts';
import { positionsToApply, type LayoutAnswer, type LayoutJob, type Positions } from './layout-protocol.ts';
import { LARGE_VIEW } from './refine.ts';

export const LAYOUTS = ['fcose', 'concentric', 'dagre'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LAYOUT_LABEL: Record<LayoutName, string> = {
  fcose: 'Force-directed (fCoSE)',
  concentric: 'Concentric by kind',
  dagre: 'Hierarchical',
};

export function isLayoutName(v: unknown): v is LayoutName {
  return typeof v === 'string' && (LAYOUTS as readonly string[]).includes(v);
}

/** Ring of each kind in the concentric layout: the duties at the centre, scholarship outside. */
const RING: Record<Kind, number> = {
  Duty: 6,
  Instrument: 5,
  Case: 5,
  Organisation: 4,
  Document: 4,
  State: 3,
  Event: 3,
  Index: 2,
  Paper: 2,
  Person: 1,
  Incident: 3,
  Attribution: 2,
  Response: 2,
};

export interface LayoutRequest {
  name: LayoutName;
  /** Incremental: start from current positions (after an expansion) instead of from scratch. */
  incremental: boolean;
  animate: boolean;
  fit: boolean;
}

/** Builds options for `eles.layout(...)`; pinned (locked) nodes stay where the user put them. */
export function layoutOptions(req: LayoutRequest, eles: Collection): LayoutOptions {
  const animate = req.animate && eles.nodes().length < 400;
  const common = { fit: req.fit, padding: 40, animate, animationDuration: 350 };
  if (req.name === 'concentric') {
    return {
      ...common,
      name: 'concentric',
      concentric: (n: NodeSingular) => RING[n.data('kind') as Kind] ?? 0,
      levelWidth: () => 1,
      minNodeSpacing: 40,
      avoidOverlap: true,
    } as LayoutOptions;
  }
  if (req.name === 'dagre') {
    return {
      ...common,
      name: 'dagre',
      // Top to bottom: ranks are wide (many states), and screens are wider than tall.
      rankDir: 'TB',
      nodeSep: 30,
      rankSep: 120,
      edgeSep: 8,
      ranker: 'network-simplex',
    } as unknown as LayoutOptions;
  }
  const pinned = eles.nodes('.pinned');
  return fcoseOptions({
    incremental: req.incremental,
    fit: req.fit,
    animate,
    pinned: pinned.map((p) => ({ nodeId: p.id(), position: { ...p.position() } })),
  }) as unknown as LayoutOptions;
}

/**
 * Runs a layout over the visible elements and resolves when its positions are on the canvas.
 * fCoSE layouts of views over refine.ts's LARGE_VIEW nodes run in the layout worker, as spectral
 * start + refine, so the page keeps answering input: measured in Chromium on 2 cores, fCoSE over
 * 116 nodes (500 elements) held the page for 0.3-0.8 s, over 335 nodes (2,000 elements) for
 * 2.0-2.5 s (render benchmark, 2026-12-02 and -03). The others (small views, animated, no worker
 * start-up; concentric and dagre: fast) run here. A newer layout supersedes one still in the
 * worker: its answer is never applied and its promise resolves. Undo waits for a layout still in
 * the worker ({@link workerLayoutSettled}), so the picture Redo brings back is the laid-out one:
 * without that, an expansion to 103 nodes laid out after Undo had taken its snapshot
 * (broken.test, redo).
 */
export function runLayout(cy: Core, req: LayoutRequest): Promise<void> {
  const seq = ++layoutSeq;
  supersedeWorkerJob();
  const eles = cy.elements().filter((e) => e.visible());
  if (!eles.nodes().length) return Promise.resolve();
  if (req.name === 'fcose' && eles.nodes().length > LARGE_VIEW) {
    const job = layoutJob(seq, eles, req);
    const worker = layoutWorker();
    return worker ? inWorker(worker, cy, eles, req, job) : Promise.resolve(jobOnPage(cy, eles, req, job));
  }
  return onPage(cy, eles, req);
}

function onPage(cy: Core, eles: Collection, req: LayoutRequest): Promise<void> {
  return new Promise((resolve) => {
    const layout = eles.layout(layoutOptions(req, eles));
    layout.one('layoutstop', () => {
      afterLayout(cy, eles, req);
      resolve();
    });
    layout.run();
  });
}

/** The worker's computation on the page (no worker, or it failed): the same layout, blocking. */
function jobOnPage(cy: Core, eles: Collection, req: LayoutRequest, job: LayoutJob): void {
  const answer = computeLayout(job);
  const positions = positionsToApply(job, layoutSeq, answer);
  if (!positions || cy.destroyed()) return;
  applyPositions(cy, positions);
  afterLayout(cy, eles, req);
}

function afterLayout(cy: Core, eles: Collection, req: LayoutRequest): void {
  // Cytoscape fits to the whole canvas: frame again in the part no drawer covers, and at a
  // zoom where labels are drawn (a wide hierarchical layout fitted whole would draw none).
  if (req.fit) frame(cy, eles, { focus: cy.nodes('.root').filter((n) => n.visible()) });
}

// ------------------------------------------------------------ the layout worker

let layoutSeq = 0;
/** Started on first use and kept for the next job; null after a failure to start. */
let worker: Worker | null = null;
let workerUnavailable = false;
/** The job the worker is busy with, how to end the wait for it, and the wait itself. */
let inFlight: { seq: number; end: () => void; settled: Promise<void> } | null = null;

/**
 * Resolves once no layout is running in the worker (at once when none is): positions on their
 * way belong to the picture a snapshot takes.
 *
 * @example
 * await workerLayoutSettled(); // then record the picture for Redo
 */
export function workerLayoutSettled(): Promise<void> {
  return inFlight?.settled ?? Promise.resolve();
}

/**
 * `performance.measure`s of each worker layout, for the e2e test and the bench: the whole of it
 * (request to positions applied and framed), and the part the worker computes (job posted to
 * answer received), when the page has nothing of the layout's to do.
 */
export const WORKER_LAYOUT_MEASURE = 'atlas:layout-worker';
export const WORKER_RUN_MEASURE = 'atlas:layout-worker-run';

function layoutWorker(): Worker | null {
  if (worker || workerUnavailable) return worker;
  // No Worker at all (an old browser, or Node in the unit tests): the page lays out itself, as before.
  if (typeof Worker === 'undefined') {
    workerUnavailable = true;
    return null;
  }
  try {
    // Vite builds the worker from this very expression (a module worker, into client/dist/assets).
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerUnavailable = true;
  }
  return worker;
}

/** fCoSE cannot be interrupted, so a busy worker is terminated; the next job starts a fresh one. */
function supersedeWorkerJob(): void {
  if (!inFlight) return;
  worker?.terminate();
  worker = null;
  const { end } = inFlight;
  inFlight = null;
  end();
}

function layoutJob(seq: number, eles: Collection, req: LayoutRequest): LayoutJob {
  const nodes = eles.nodes().map((n) => {
    const { w, h } = n.layoutDimensions({ nodeDimensionsIncludeLabels: false });
    const { x, y } = n.position();
    const parent = n.data('parent') as string | undefined;
    return { id: n.id(), w, h, x, y, ...(parent ? { parent } : {}), ...(n.hasClass('pinned') ? { pinned: true } : {}) };
  });
  const edges = eles.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), type: e.data('type') as string | undefined }));
  return { seq, incremental: req.incremental, nodes, edges };
}

function inWorker(w: Worker, cy: Core, eles: Collection, req: LayoutRequest, job: LayoutJob): Promise<void> {
  const start = performance.now();
  let posted = start;
  let resolve!: () => void;
  const settled = new Promise<void>((r) => (resolve = r));
  inFlight = { seq: job.seq, end: resolve, settled };
  const done = (): void => {
    inFlight = null;
    resolve();
  };
  w.onmessage = (e: MessageEvent<LayoutAnswer>) => {
    if (e.data.seq !== job.seq) return; // an answer to a job superseded before it was terminated
    if (!e.data.ok) {
      // The worker's layout failed: the page tries once itself, so the user still gets a layout.
      console.warn(`Layout worker failed (${e.data.error}); laying out on the page.`);
      jobOnPage(cy, eles, req, job);
      done();
      return;
    }
    const positions = positionsToApply(job, layoutSeq, e.data);
    if (positions && !cy.destroyed()) {
      performance.measure(WORKER_RUN_MEASURE, { start: posted, detail: { workerMs: e.data.ms } });
      applyPositions(cy, positions);
      afterLayout(cy, eles, req);
      performance.measure(WORKER_LAYOUT_MEASURE, { start, detail: { nodes: job.nodes.length, refineTicks: e.data.refineTicks } });
    }
    done();
  };
  w.onerror = (ev) => {
    // The worker could not start (a CSP without worker-src, no module workers): the page lays
    // out itself from now on, as before the worker existed.
    ev.preventDefault();
    console.warn(`Layout worker unavailable (${ev.message || 'failed to load'}); laying out on the page.`);
    w.terminate();
    worker = null;
    workerUnavailable = true;
    jobOnPage(cy, eles, req, job);
    done();
  };
  w.postMessage(job);
  posted = performance.now();
  return settled;
}

/**
 * One batch, so the canvas redraws once. Nodes removed or pinned meanwhile are left alone;
 * `layoutstop` is what the labels pass (labels.ts) listens for after any layout.
 */
function applyPositions(cy: Core, positions: Positions): void {
  cy.batch(() => {
    for (const [id, p] of Object.entries(positions)) {
      const n = cy.getElementById(id);
      if (n.nonempty() && !n.locked() && !n.hasClass('pinned')) n.position(p);
    }
  });
  cy.emit('layoutstop');
}

/**
 * Places fresh nodes next to the node they were expanded from before an incremental layout, so
 * fCoSE starts from a sensible guess (and the old picture barely moves).
 */
export function seedPositions(cy: Core, anchorId: string, newIds: string[]): void {
  const anchor = cy.getElementById(anchorId);
  const center = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
  const r = 60 + Math.sqrt(newIds.length) * 12;
  newIds.forEach((id, i) => {
    const node = cy.getElementById(id);
    if (node.empty() || node.locked()) return;
    const a = (2 * Math.PI * i) / Math.max(1, newIds.length);
    node.position({ x: center.x + r * Math.cos(a), y: center.y + r * Math.sin(a) });
  });
}
