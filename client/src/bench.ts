/**
 * Rendering benchmark mode (`/?bench=N&renderer=canvas|webgl`), driven by bench/render.ts in
 * headless Chromium. Loads a graph of N elements from `data` (default /__bench/graph.json?n=N),
 * then measures, with the production stylesheet and layout code:
 *   - first render: from creating the instance to the first painted frame,
 *   - settled layout: fCoSE (non-animated) from the request until its positions are drawn (large
 *     views lay out in the layout worker), with the longest main-thread task meanwhile,
 *   - frame time while panning: 120 animation frames of a drag across the background, as a user
 *     pans (mouse events on the canvas, so Cytoscape treats it as a gesture: its texture while the
 *     viewport moves applies, as for a user; a programmatic cy.panBy() would redraw every frame).
 * The result is put on `window.__benchResult` (and in the page as JSON) for the driver.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { runLayout, WORKER_LAYOUT_MEASURE, WORKER_RUN_MEASURE } from './graph/layout.ts';
import { applyLean, createView } from './graph/view.ts';
import { emptyBenchResult, type BenchResult } from './bench-result.ts';

declare global {
  interface Window {
    __benchResult?: BenchResult;
  }
}

const nextFrame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r));

/**
 * Drags from a corner of the view (inside the fit's padding, so on the background) for `frames`
 * animation frames, a few pixels each, back and forth; returns the time between frames.
 */
async function dragPan(cy: Core, container: HTMLElement, frames: number): Promise<number[]> {
  const before = cy.pan().x;
  let moved = false;
  const box = container.getBoundingClientRect();
  let x = box.left + 10;
  let y = box.top + 10;
  const fire = (type: 'mousedown' | 'mousemove' | 'mouseup', target: EventTarget): void => {
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
  };
  // At the element under the pointer, as a browser targets it (Cytoscape ignores events whose
  // target is not inside its container: its canvases are, the container itself is not).
  fire('mousedown', document.elementFromPoint(x, y) ?? container);
  const deltas: number[] = [];
  let last = await nextFrame();
  for (let i = 0; i < frames; i++) {
    x += i % 60 < 30 ? 6 : -6;
    y += i % 40 < 20 ? 3 : -3;
    fire('mousemove', window);
    const now = await nextFrame();
    deltas.push(now - last);
    last = now;
    moved ||= cy.pan().x !== before;
  }
  fire('mouseup', window);
  // A drag that started on a node would move it instead: then the figure would not be a pan's.
  if (!moved) throw new Error('the drag did not pan the view');
  return deltas;
}

export async function runBench(params: URLSearchParams): Promise<void> {
  const n = Number(params.get('bench')) || 500;
  const renderer = params.get('renderer') === 'webgl' ? 'webgl' : 'canvas';
  const dataUrl = params.get('data') ?? `/__bench/graph.json?n=${n}`;
  const container = document.getElementById('cy')!;
  document.body.dataset.ready = 'bench';
  const result: BenchResult = emptyBenchResult(n, renderer);
  try {
    const elements = (await (await fetch(dataUrl)).json()) as ElementDefinition[];
    result.nodes = elements.filter((e) => e.group === 'nodes').length;
    result.edges = elements.length - result.nodes;
    await nextFrame();
    const t0 = performance.now();
    const cy = createView({ container, webgl: renderer === 'webgl', elements });
    // The explorer's own rule: large views are drawn lean.
    applyLean(cy);
    // Initial positions on a grid: what a user would see before the layout is applied.
    cy.layout({ name: 'grid', animate: false, fit: true }).run();
    // Cytoscape draws on animation frames: two frames later the first picture is on screen.
    // (The WebGL renderer emits no 'render' event, so frames are the measure common to both.)
    await nextFrame();
    await nextFrame();
    document.title = 'bench: rendered';
    result.firstRenderMs = performance.now() - t0;

    const longTasks: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
    const t1 = performance.now();
    await runLayout(cy, { name: 'fcose', incremental: false, animate: false, fit: true });
    // Until the laid-out picture is drawn: Cytoscape draws in its own animation-frame callback,
    // which may come after ours in the same frame, so the second frame is the first one sure to
    // follow that draw (at most one frame interval more). With one frame, the draw of the new
    // positions (about 0.5 s at 5,000 elements on 2 cores, trace of 2026-12-03) fell outside.
    await nextFrame();
    await nextFrame();
    const t2 = performance.now();
    document.title = 'bench: laid out';
    result.layoutMs = t2 - t1;
    // A task's entry exists only once it has ended, and observers get entries late (after a
    // zero-delay timeout, the draw's entry was still missing): wait, then take what is queued.
    await new Promise((r) => setTimeout(r, 200));
    longTasks.push(...observer.takeRecords());
    observer.disconnect();
    const longest = (from: number, to: number): number =>
      Math.max(0, ...longTasks.filter((t) => t.startTime + t.duration > from && t.startTime < to).map((t) => t.duration));
    result.layoutLongestTaskMs = longest(t1, t2);
    result.layoutInWorker = performance.getEntriesByName(WORKER_LAYOUT_MEASURE).length > 0;
    const run = performance.getEntriesByName(WORKER_RUN_MEASURE)[0];
    // The run's measure ends inside the task that handles the answer (counted in the whole
    // layout's figure above); every other task of the run ended before that point.
    const runEnd = run ? run.startTime + run.duration : 0;
    // What the rest is: the worker's start (its module loads on first use) and the messages.
    result.layoutWorkerRoundTripMs = run ? run.duration : null;
    result.layoutWorkerComputeMs = run ? ((run as PerformanceMeasure).detail as { workerMs: number }).workerMs : null;
    result.layoutWorkerLongestTaskMs = run
      ? Math.max(0, ...longTasks.filter((t) => t.startTime + t.duration > run.startTime && t.startTime + t.duration < runEnd).map((t) => t.duration))
      : null;

    const deltas = await dragPan(cy, container, 120);
    deltas.sort((a, b) => a - b);
    result.frames = deltas.length;
    result.frameMeanMs = deltas.reduce((a, b) => a + b, 0) / deltas.length;
    result.frameP95Ms = deltas[Math.floor(deltas.length * 0.95)] ?? 0;
  } catch (err) {
    result.error = (err as Error).message;
  }
  window.__benchResult = result;
  const out = document.createElement('pre');
  out.id = 'bench-result';
  out.textContent = JSON.stringify(result, null, 2);
  document.body.append(out);
}
