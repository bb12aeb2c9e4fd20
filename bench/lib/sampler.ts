/**
 * Samples memory while a benchmark runs: the API server's RSS, the Neo4j JVM's heap (JMX) and
 * RSS, every `everyMs`. The soak compares the start with the end and fits a trend line, because
 * a garbage-collected heap saw-tooths and a single start/end pair can mislead either way.
 */
import type { ApiProcess } from './api-process.ts';
import type { BenchNeo4j } from './neo4j.ts';
import { round } from './stats.ts';

export interface MemorySample {
  s: number;
  serverRssMb: number | null;
  heapUsedMb: number | null;
  heapCommittedMb: number | null;
  jvmRssMb: number | null;
}

export function startSampler(api: ApiProcess, neo: BenchNeo4j, everyMs: number): { samples: MemorySample[]; stop(): Promise<void> } {
  const samples: MemorySample[] = [];
  const t0 = performance.now();
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const heap = await neo.heap().catch(() => null);
      samples.push({ s: round((performance.now() - t0) / 1000, 1), serverRssMb: api.rss()?.rssMb ?? null, heapUsedMb: heap?.usedMb ?? null, heapCommittedMb: heap?.committedMb ?? null, jvmRssMb: neo.rss()?.rssMb ?? null });
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    samples,
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

/** Least-squares slope of y over x (MB per minute when x is seconds and the result is scaled). */
export function slopePerMinute(points: { x: number; y: number }[]): number | null {
  if (points.length < 3) return null;
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  const num = points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  return den === 0 ? null : round((num / den) * 60, 2);
}
