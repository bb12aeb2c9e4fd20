/**
 * What the rendering benchmark page (bench.ts) hands its driver (bench/render.ts): one home for the
 * shape both sides read, and the empty result either starts from.
 *
 * @example
 * const r = emptyBenchResult(5000, 'canvas'); // every figure 0, no worker ran
 */
export interface BenchResult {
  n: number;
  nodes: number;
  edges: number;
  renderer: 'canvas' | 'webgl';
  firstRenderMs: number;
  layoutMs: number;
  /** Longest main-thread task (Long Tasks API: 50 ms and more; 0 = none) while the layout ran. */
  layoutLongestTaskMs: number;
  /** The same while the worker computed (job posted to answer received); null: no worker ran. */
  layoutWorkerLongestTaskMs: number | null;
  /** Job posted to answer received, and of that the worker's own computation (its answer's `ms`); null: no worker ran. */
  layoutWorkerRoundTripMs: number | null;
  layoutWorkerComputeMs: number | null;
  /** Whether the layout ran in the layout worker. */
  layoutInWorker: boolean;
  frameMeanMs: number;
  frameP95Ms: number;
  frames: number;
  error?: string;
}

export function emptyBenchResult(n: number, renderer: BenchResult['renderer']): BenchResult {
  return {
    n,
    nodes: 0,
    edges: 0,
    renderer,
    firstRenderMs: 0,
    layoutMs: 0,
    layoutLongestTaskMs: 0,
    layoutWorkerLongestTaskMs: null,
    layoutWorkerRoundTripMs: null,
    layoutWorkerComputeMs: null,
    layoutInWorker: false,
    frameMeanMs: 0,
    frameP95Ms: 0,
    frames: 0,
  };
}
