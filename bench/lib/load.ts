/**
 * A closed-loop load generator: `concurrency` workers each send one request, wait for the
 * answer, and send the next, for at most `durationMs` and at most `maxRequests` requests
 * (bounded both ways, so a benchmark always ends). Latency is measured per request with
 * performance.now(); outcomes are counted by class ("ok", "SERVICE_UNAVAILABLE", "http-500"...).
 *
 * Why not autocannon for everything: the same loop drives the GraphQL side and the direct
 * driver side, so both are measured by the same clock and the same scheduling; and the soak
 * needs to read each GraphQL answer to classify errors, which autocannon does not do.
 *
 * @example
 * const r = await closedLoop({ concurrency: 32, durationMs: 10_000, maxRequests: 50_000, op: async (i) => 'ok' });
 * r.throughput; // requests per second
 */
import { summarise, type LatencySummary } from './stats.ts';

export type Outcome = string;

export interface LoadOptions {
  concurrency: number;
  durationMs: number;
  maxRequests: number;
  /** Requests sent before measuring (warms JIT, caches, connection pools); not counted. */
  warmupRequests?: number;
  op: (index: number, worker: number) => Promise<Outcome>;
  /** Called with every completed request (the soak uses it to time the fault window). */
  onResult?: (r: { index: number; at: number; ms: number; outcome: Outcome }) => void;
}

export interface LoadResult {
  concurrency: number;
  requests: number;
  seconds: number;
  throughput: number;
  latencyMs: LatencySummary;
  outcomes: Record<Outcome, number>;
  errors: number;
}

export async function closedLoop(opts: LoadOptions): Promise<LoadResult> {
  let warm = 0;
  const warmup = opts.warmupRequests ?? 0;
  await Promise.all(
    Array.from({ length: Math.min(opts.concurrency, Math.max(1, warmup)) }, async (_, w) => {
      while (warm < warmup) await opts.op(warm++, w).catch(() => 'error');
    }),
  );

  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  let next = 0;
  const started = performance.now();
  const deadline = started + opts.durationMs;
  await Promise.all(
    Array.from({ length: opts.concurrency }, async (_, worker) => {
      while (next < opts.maxRequests && performance.now() < deadline) {
        const index = next++;
        const t = performance.now();
        let outcome: Outcome;
        try {
          outcome = await opts.op(index, worker);
        } catch (err) {
          outcome = `exception: ${String((err as Error)?.message ?? err).split('\n')[0]!.slice(0, 80)}`;
        }
        const ms = performance.now() - t;
        latencies.push(ms);
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        opts.onResult?.({ index, at: t, ms, outcome });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    concurrency: opts.concurrency,
    requests: latencies.length,
    seconds: Math.round(seconds * 100) / 100,
    throughput: Math.round((latencies.length / seconds) * 10) / 10,
    latencyMs: summarise(latencies),
    outcomes,
    errors: latencies.length - (outcomes.ok ?? 0),
  };
}
