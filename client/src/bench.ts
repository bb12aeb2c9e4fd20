/**
 * Rendering benchmark mode (`/?bench=N&renderer=canvas|webgl`), driven by bench/render.ts in
 * headless Chromium. Loads a graph of N elements from `data` (default /__bench/graph.json?n=N),
 * then measures, with the production stylesheet and layout code:
 *   - first render: from creating the instance to the first painted frame,
 *   - settled layout: fCoSE (non-animated) from start to `layoutstop`,
 *   - frame time while panning: 120 animation frames each panning the viewport.
 * The result is put on `window.__benchResult` (and in the page as JSON) for the driver.
 */
import type { ElementDefinition } from 'cytoscape';
import { runLayout } from './graph/layout.ts';
import { applyLean, createView } from './graph/view.ts';

export interface BenchResult {
  n: number;
  nodes: number;
  edges: number;
  renderer: 'canvas' | 'webgl';
  firstRenderMs: number;
  layoutMs: number;
  frameMeanMs: number;
  frameP95Ms: number;
  frames: number;
  error?: string;
}

declare global {
  interface Window {
    __benchResult?: BenchResult;
  }
}

const nextFrame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r));

export async function runBench(params: URLSearchParams): Promise<void> {
  const n = Number(params.get('bench')) || 500;
  const renderer = params.get('renderer') === 'webgl' ? 'webgl' : 'canvas';
  const dataUrl = params.get('data') ?? `/__bench/graph.json?n=${n}`;
  const container = document.getElementById('cy')!;
  document.body.dataset.ready = 'bench';
  const result: BenchResult = { n, nodes: 0, edges: 0, renderer, firstRenderMs: 0, layoutMs: 0, frameMeanMs: 0, frameP95Ms: 0, frames: 0 };
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

    const t1 = performance.now();
    await runLayout(cy, { name: 'fcose', incremental: false, animate: false, fit: true });
    await nextFrame();
    document.title = 'bench: laid out';
    result.layoutMs = performance.now() - t1;

    const deltas: number[] = [];
    let last = await nextFrame();
    for (let i = 0; i < 120; i++) {
      cy.panBy({ x: i % 60 < 30 ? 6 : -6, y: i % 40 < 20 ? 3 : -3 });
      const now = await nextFrame();
      deltas.push(now - last);
      last = now;
    }
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
