/**
 * Issue 16's goals, one entry each in bench/results/latest.json (`targets`), whatever was run:
 * {goal, measured, baseline, ratio, met, reason}. A goal nothing measured stays in the list as
 * `met: false`, "not measured in this run": an honest false beats a goal quietly dropped.
 *
 * Where an entry comes from, first match wins:
 * 1. a Section's own `targets` (a benchmark that knows its figure best writes it: e.g. the ingest
 *    benchmark's bulk first load and batched sync): `target(id, {...})` below;
 * 2. derived here from a Section's raw `data` (api, render, soak), so a section written before
 *    this file existed still yields its figures;
 * 3. "not measured in this run".
 * An entry taken from a section that was not run this time says so in `reason` and keeps that
 * section's `measuredAt`: the report never passes an old figure off as new.
 *
 * `measured` and `baseline` are in `unit`; `ratio` is what `ratioOf` says (for most goals
 * GraphQL over the same Cypher through the driver, measured in the same run).
 */
import type { LoadResult } from './load.ts';
import type { Report, Section, Target, TargetId } from './report.ts';
import { ratio, round } from './stats.ts';

/** The goals of issue 16's table, in its order. */
export const GOALS: Record<TargetId, string> = {
  neighbourhood: 'depth-1 neighbourhood at 32 clients: p99 < 50 ms and throughput >= 0.8x the same Cypher through the driver',
  search: 'search at 32 clients: p99 < 50 ms',
  paths: 'paths at 32 clients: p95 < 200 ms, no errors',
  standing: 'standing at 32 clients: p95 < 200 ms, no errors',
  'first-load': 'first load of the million relationships into an empty store: < 60 s end to end',
  sync: 'a sync of changes into a loaded graph: >= 30,000 rows/s, memory bounded by batch',
  layout: 'explorer, 5,000 elements: layout < 2 s without blocking input, pan p95 < 33 ms',
  'soak-memory': 'Neo4j memory under the soak: flat after warm-up (heap and JVM RSS floors within +10% from the middle to the last third)',
  timeline: 'timeline at scale 1: p99 < 50 ms (1 client)',
  'second-start': 'second start (store already loaded, data unchanged): ready in < 15 s',
  'npm-test': 'npm test: < 5 min on 2 cores',
};

type Figures = Omit<Target, 'id' | 'goal' | 'section' | 'measuredAt'>;

/** An entry a benchmark script writes itself into its Section's `targets`. */
export function target(id: TargetId, figures: Figures): Target {
  return { id, goal: GOALS[id], ...figures };
}

export const NOT_MEASURED = 'not measured in this run';

// ------------------------------------------------------------------ derived from sections' data

interface ApiPair {
  op: string;
  concurrency: number;
  direct: LoadResult;
  graphql: LoadResult | null;
}

function nonOk(r: LoadResult | null | undefined): string[] {
  return Object.entries(r?.outcomes ?? {})
    .filter(([k]) => k !== 'ok')
    .map(([k, n]) => `${n} x ${k}`);
}

/** A latency goal on one API operation: GraphQL's percentile against the direct driver's. */
function apiLatency(
  pairs: ApiPair[],
  op: string,
  clients: number,
  pct: 'p95' | 'p99',
  limitMs: number,
  opts: { minThroughputRatio?: number; noErrors?: boolean } = {},
): Figures | null {
  const p = pairs.find((x) => x.op === op && x.concurrency === clients);
  if (!p?.graphql) return null;
  const measured = p.graphql.latencyMs[pct];
  const baseline = p.direct.latencyMs[pct];
  const tput = ratio(p.graphql.throughput, p.direct.throughput);
  const errors = nonOk(p.graphql);
  const failures: string[] = [];
  if (!(measured < limitMs)) failures.push(`${pct} ${measured} ms is not under ${limitMs} ms`);
  if (opts.minThroughputRatio !== undefined && !((tput ?? 0) >= opts.minThroughputRatio))
    failures.push(`throughput ratio ${tput} is under ${opts.minThroughputRatio}`);
  if (opts.noErrors && errors.length) failures.push(`errors: ${errors.join(', ')}`);
  const useTput = opts.minThroughputRatio !== undefined;
  return {
    measured,
    baseline,
    ratio: useTput ? tput : ratio(measured, baseline),
    unit: 'ms',
    baselineOf: `${pct} of the same Cypher through the driver, same run, ${clients} client(s)`,
    ratioOf: useTput ? 'throughput GraphQL / direct driver' : `${pct} GraphQL / direct driver`,
    met: failures.length === 0,
    reason: `${failures.length ? `${failures.join('; ')}. ` : ''}GraphQL ${p.graphql.throughput} req/s, p50 ${p.graphql.latencyMs.p50} / p95 ${p.graphql.latencyMs.p95} / p99 ${p.graphql.latencyMs.p99} ms, ${p.graphql.requests} requests${errors.length ? `, ${errors.join(', ')}` : ', no errors'}; direct ${p.direct.throughput} req/s, p99 ${p.direct.latencyMs.p99} ms.`,
  };
}

function fromApi(s: Section): Partial<Record<TargetId, Figures>> {
  const data = s.data as { pairs?: ApiPair[]; scale?: number } | null;
  const pairs = (data?.pairs ?? []) as ApiPair[];
  const scale = data?.scale ?? null;
  const out: Partial<Record<TargetId, Figures | null>> = {
    neighbourhood: apiLatency(pairs, 'neighbourhood', 32, 'p99', 50, { minThroughputRatio: 0.8 }),
    search: apiLatency(pairs, 'search', 32, 'p99', 50),
    paths: apiLatency(pairs, 'paths', 32, 'p95', 200, { noErrors: true }),
    standing: apiLatency(pairs, 'standing', 32, 'p95', 200, { noErrors: true }),
    timeline: apiLatency(pairs, 'timeline', 1, 'p99', 50),
  };
  const t32 = pairs.find((x) => x.op === 'timeline' && x.concurrency === 32);
  if (out.timeline && t32?.graphql) out.timeline.reason += ` At 32 clients: p99 ${t32.graphql.latencyMs.p99} ms.`;
  // The goals are set on the scale-1 graph (about a million relationships): a smaller graph's figures are reported, never counted as met.
  if (scale !== 1) {
    for (const f of Object.values(out)) {
      if (!f) continue;
      f.reason = `Measured on the scale-${scale ?? '?'} graph, not scale 1: not judged. ${f.reason}`;
      f.met = false;
    }
  }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v)) as Partial<Record<TargetId, Figures>>;
}

interface RenderRow {
  n: number;
  renderer: string;
  layoutMs: number;
  frameP95Ms: number;
  frameMeanMs: number;
  /** Longest main-thread task during the layout, when the render benchmark measures it. */
  layoutLongestTaskMs?: number;
  /** Whether the layout ran in the explorer's layout worker (sections before it: undefined). */
  layoutInWorker?: boolean;
  /** Longest main-thread task while the worker computed (null: no worker ran). */
  layoutWorkerLongestTaskMs?: number | null;
  /** Job posted to answer received, and the worker's own computation within it. */
  layoutWorkerRoundTripMs?: number | null;
  layoutWorkerComputeMs?: number | null;
}

function fromRender(s: Section): Partial<Record<TargetId, Figures>> {
  const rows = Array.isArray(s.data) ? (s.data as RenderRow[]) : [];
  const canvas = rows.find((r) => r.n === 5000 && r.renderer === 'canvas');
  if (!canvas) return {};
  const webgl = rows.find((r) => r.n === 5000 && r.renderer === 'webgl');
  const blocking = canvas.layoutLongestTaskMs;
  const failures: string[] = [];
  if (!(canvas.layoutMs < 2000)) failures.push(`layout ${round(canvas.layoutMs, 0)} ms is not under 2,000 ms`);
  if (!(canvas.frameP95Ms < 33)) failures.push(`pan p95 ${round(canvas.frameP95Ms, 1)} ms is not under 33 ms`);
  if (blocking === undefined) failures.push('whether the layout blocks input is not measured by the render benchmark');
  else if (blocking >= 50) failures.push(`the layout blocks the page (longest task ${round(blocking, 0)} ms)`);
  return {
    layout: {
      measured: round(canvas.layoutMs, 0),
      baseline: webgl ? round(webgl.frameP95Ms, 1) : null,
      ratio: null,
      unit: 'ms',
      baselineOf: 'pan frame p95 of the WebGL renderer, same run (the layout itself has no same-run baseline)',
      met: failures.length === 0,
      reason: `${failures.length ? `${failures.join('; ')}. ` : ''}Canvas: layout ${round(canvas.layoutMs, 0)} ms${canvas.layoutInWorker === undefined ? '' : ` ${canvas.layoutInWorker ? 'in the layout worker' : 'on the page'}`}${blocking === undefined ? '' : `, longest main-thread task meanwhile ${round(blocking, 0)} ms`}${typeof canvas.layoutWorkerLongestTaskMs === 'number' ? ` (${round(canvas.layoutWorkerLongestTaskMs, 0)} ms while the worker computed; the rest is applying, framing and redrawing)` : ''}${typeof canvas.layoutWorkerRoundTripMs === 'number' && typeof canvas.layoutWorkerComputeMs === 'number' ? `; the worker answered ${round(canvas.layoutWorkerRoundTripMs, 0)} ms after the job was posted, of which ${round(canvas.layoutWorkerComputeMs, 0)} ms computing (the rest: its start and the messages)` : ''}, pan mean ${round(canvas.frameMeanMs, 1)} ms, p95 ${round(canvas.frameP95Ms, 1)} ms.`,
    },
  };
}

interface SoakSeries {
  floorMiddle: number | null;
  floorEnd: number | null;
  slope: number | null;
}

function fromSoak(s: Section): Partial<Record<TargetId, Figures>> {
  const mem = (s.data as { soak?: { memory?: { heap: SoakSeries; jvm: SoakSeries; server: SoakSeries } } } | null)?.soak?.memory;
  if (!mem?.jvm || !mem.heap) return {};
  const grew = (x: SoakSeries) => (x.floorMiddle !== null && x.floorEnd !== null ? x.floorEnd > x.floorMiddle * 1.1 : true);
  const failures = [
    grew(mem.heap) && `heap floor ${mem.heap.floorMiddle} → ${mem.heap.floorEnd} MB`,
    grew(mem.jvm) && `JVM RSS floor ${mem.jvm.floorMiddle} → ${mem.jvm.floorEnd} MB`,
  ].filter(Boolean);
  return {
    'soak-memory': {
      measured: mem.jvm.floorEnd,
      baseline: mem.jvm.floorMiddle,
      ratio: ratio(mem.jvm.floorEnd, mem.jvm.floorMiddle),
      unit: 'MB (Neo4j JVM RSS floor, last third of the soak)',
      baselineOf: 'the same floor in the middle third of the same soak',
      ratioOf: 'last third / middle third',
      met: failures.length === 0,
      reason: `${failures.length ? `grew by more than 10%: ${failures.join('; ')}. ` : ''}Heap floor ${mem.heap.floorMiddle} → ${mem.heap.floorEnd} MB (trend ${mem.heap.slope} MB/min), JVM RSS floor ${mem.jvm.floorMiddle} → ${mem.jvm.floorEnd} MB (trend ${mem.jvm.slope} MB/min), API server RSS floor ${mem.server?.floorMiddle} → ${mem.server?.floorEnd} MB.`,
    },
  };
}

interface IngestScale {
  scale: number;
  rows: number;
  ingest?: { totalMs?: number | null; error?: string | null } | null;
  baseline?: { ms?: number | null } | null;
}

function fromIngest(s: Section): Partial<Record<TargetId, Figures>> {
  const scales = ((s.data as { scales?: IngestScale[] } | null)?.scales ?? []) as IngestScale[];
  const one = scales.find((x) => x.scale === 1);
  const total = one?.ingest?.totalMs;
  if (!one || typeof total !== 'number') return {};
  const base = one.baseline?.ms ?? null;
  return {
    'first-load': {
      measured: round(total / 1000, 1),
      baseline: base === null ? null : round(base / 1000, 1),
      ratio: ratio(total, base),
      unit: 's',
      baselineOf: 'bare UNWIND ... CREATE of the same prepared rows, same run',
      ratioOf: 'runIngest / baseline (time)',
      met: total < 60_000,
      reason: `${total < 60_000 ? '' : `${round(total / 1000, 1)} s is not under 60 s. `}runIngest end to end, ${one.rows.toLocaleString('en')} rows (the ingest section's own figures; the bulk importer path is measured by that benchmark when it writes its own entry).`,
    },
  };
}

const DERIVE: Record<string, (s: Section) => Partial<Record<TargetId, Figures>>> = { api: fromApi, render: fromRender, soak: fromSoak, ingest: fromIngest };

/** Why the goals no benchmark measures have no figure (beyond "not measured in this run"). */
const UNMEASURED_WHY: Partial<Record<TargetId, string>> = {
  'second-start': 'the start benchmark (bench/start.ts) has not run: `npm run bench -- start`',
  'npm-test': 'the benchmark does not run the whole suite: the shared 2-core machine runs targeted test files only',
  sync: 'the ingest section on record ran before bench/lib/sync.ts measured a sync of changes: run `npm run bench -- ingest`',
  standing: 'the API section holds no standing figures',
  timeline: 'the API section holds no timeline figures',
};

/**
 * One entry per goal of issue 16, from the merged report. `fresh`: the sections run this time
 * (entries from the others are marked as coming from an earlier run).
 */
export function issueTargets(report: Report, fresh: ReadonlySet<string>): Target[] {
  const found = new Map<TargetId, Target>();
  for (const [name, s] of Object.entries(report.sections)) {
    const own = (s.targets ?? []).map((t) => ({ ...t, goal: GOALS[t.id] ?? t.goal }));
    const derived = Object.entries(DERIVE[name]?.(s) ?? {}).map(([id, f]) => ({ id: id as TargetId, goal: GOALS[id as TargetId], ...f }));
    for (const t of [...own, ...derived]) {
      if (found.has(t.id)) continue;
      const earlier = fresh.has(name) ? '' : `From an earlier run of the ${name} benchmark (${s.measuredAt}), not this one. `;
      found.set(t.id, { ...t, section: name, measuredAt: s.measuredAt, reason: `${earlier}${t.reason}` });
    }
  }
  return (Object.keys(GOALS) as TargetId[]).map(
    (id) =>
      found.get(id) ?? {
        id,
        goal: GOALS[id],
        measured: null,
        baseline: null,
        ratio: null,
        met: false,
        reason: `${NOT_MEASURED}${UNMEASURED_WHY[id] ? ` (${UNMEASURED_WHY[id]})` : ''}`,
      },
  );
}
