/**
 * Soak and fault benchmark (issue 7), loopback only, bounded, stops by itself.
 *
 * 1. Soak: --seconds (default 180) of a realistic mix (50% search, 35% neighbourhood depth 1,
 *    15% paths) at --concurrency clients (default 8) on the loaded scale-1 graph. Expect zero
 *    errors; latency percentiles per operation; after a warm-up (soak/6, 5..30 s), the API
 *    server's RSS and the Neo4j heap sampled every 5 s, compared start vs end (GC floor of the first and last thirds) and as a trend.
 * 2. Fault: --fault-seconds (default 75) of the same mix at 4 clients. After 10 s the Neo4j JVM
 *    is killed with SIGKILL; after --gap-seconds (default 5) it is started again on the same
 *    store and port. Every answer is classified: during the outage the API must answer
 *    SERVICE_UNAVAILABLE (no 500, no hang, no dropped connection), /readyz must say not ready,
 *    and after Neo4j is back the API must serve again by itself within seconds.
 *
 * `npm run bench -- soak` or `tsx bench/soak.ts [--seconds 180] [--concurrency 8] [--no-fault]`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../server/src/config.ts';
import { Rng } from '../server/src/generate/prng.ts';
import { startApiServer } from './lib/api-process.ts';
import { openLoadedGraph } from './lib/graph.ts';
import { graphqlClient, type GraphQLClient } from './lib/http.ts';
import { closedLoop, type Outcome } from './lib/load.ts';
import type { Cell, Goal } from './lib/report.ts';
import { slopePerMinute, startSampler, type MemorySample } from './lib/sampler.ts';
import { log, runSection } from './lib/section.ts';
import { round, summarise } from './lib/stats.ts';
import { graphqlOp, pickInputs, type Inputs, type OpName as AnyOp } from './lib/workload.ts';

/** The soak's mix keeps the three operations it was calibrated on. */
type OpName = Extract<AnyOp, 'search' | 'neighbourhood' | 'paths'>;

/**
 * During the outage the API must fail fast: an answer slower than this there fails the goal. (A
 * hang proper, no answer at all within the client's 30 s timeout, is counted as "timeout" in any
 * window. The first queries after Neo4j's restart may be slow on a cold page cache: reported,
 * not failed.)
 */
const FAST_FAIL_MS = 10_000;
/** The API must serve again within this many seconds of Neo4j being ready. */
const RECOVERY_GOAL_S = 10;

function mixOf(count: number): OpName[] {
  const rng = new Rng(11).fork('soak-mix');
  return Array.from({ length: count }, () => rng.weighted([['search', 0.5], ['neighbourhood', 0.35], ['paths', 0.15]] as const));
}

function mixedOp(client: GraphQLClient, inputs: Inputs, mix: OpName[]): (i: number) => Promise<Outcome> {
  const ops = { search: graphqlOp(client, 'search', inputs), neighbourhood: graphqlOp(client, 'neighbourhood', inputs), paths: graphqlOp(client, 'paths', inputs) };
  return (i) => ops[mix[i % mix.length]!](i);
}

const isBad = (o: string) => /^http-5|^timeout|^connection-|^network-|^response-error|^exception/.test(o) && !o.startsWith('http-503');

await runSection(
  {
    name: 'soak',
    title: 'Soak and fault (Neo4j killed mid-soak)',
    command: 'npm run bench -- soak',
    options: { scale: { type: 'string' }, seconds: { type: 'string' }, concurrency: { type: 'string' }, 'fault-seconds': { type: 'string' }, 'gap-seconds': { type: 'string' }, 'no-fault': { type: 'boolean' } },
  },
  async ({ values }) => {
    const scale = Number(values.scale ?? 1);
    const soakS = Number(values.seconds ?? 180);
    const concurrency = Number(values.concurrency ?? 8);
    const faultS = Number(values['fault-seconds'] ?? 75);
    const gapS = Number(values['gap-seconds'] ?? 5);
    if (!existsSync(path.join(ROOT, 'server/src/http/app.ts'))) {
      return { status: 'skipped', notes: ['server/src/http/app.ts is not there yet: the soak needs the API.'], goals: [], tables: [], data: null };
    }
    const graph = await openLoadedGraph(scale, log);
    const api = await startApiServer(graph.neo.uri, graph.neo.password);
    const client = graphqlClient(api.url, { timeoutMs: 30_000 });
    const notes: string[] = [];
    const goals: Goal[] = [];
    const tables: { title: string; columns: string[]; rows: Cell[][]; note?: string }[] = [];
    const data: Record<string, unknown> = { scale, soakS, concurrency, faultS, gapS };
    try {
      const inputs = await pickInputs(graph.neo.db);
      const mix = mixOf(10_000);

      // ---------------------------------------------------------------- soak
      log(`soak: ${soakS} s at ${concurrency} clients (50% search, 35% neighbourhood, 15% paths)...`);
      // Warm up first (JIT, caches, connection pools fill): memory "at start" means after that,
      // otherwise the normal filling of caches would read as growth.
      const warmupS = Math.min(30, Math.max(5, Math.round(soakS / 6)));
      log(`soak: warming up for ${warmupS} s...`);
      await closedLoop({ concurrency, durationMs: warmupS * 1000, maxRequests: 10_000_000, op: mixedOp(client, inputs, mix) });
      const perOp: Record<OpName, number[]> = { search: [], neighbourhood: [], paths: [] };
      const sampler = startSampler(api, graph.neo, 5_000);
      const soak = await closedLoop({
        concurrency,
        durationMs: soakS * 1000,
        maxRequests: 10_000_000,
        op: mixedOp(client, inputs, mix),
        onResult: (r) => perOp[mix[r.index % mix.length]!].push(r.ms),
      });
      await sampler.stop();
      const mem = memoryVerdict(sampler.samples);
      data.soak = { warmupS, ...soak, perOp: Object.fromEntries(Object.entries(perOp).map(([k, v]) => [k, summarise(v)])), samples: sampler.samples, memory: mem };
      tables.push({
        title: `Soak: ${soakS} s, ${concurrency} clients, mixed operations (latency in ms)`,
        columns: ['operation', 'requests', 'p50', 'p95', 'p99', 'max', 'errors'],
        rows: [
          ...(['search', 'neighbourhood', 'paths'] as OpName[]).map((op) => {
            const s = summarise(perOp[op]);
            return [op, s.count, s.p50, s.p95, s.p99, s.max, null] as Cell[];
          }),
          ['all', soak.requests, soak.latencyMs.p50, soak.latencyMs.p95, soak.latencyMs.p99, soak.latencyMs.max, soak.errors],
        ],
        note: `Throughput ${soak.throughput} requests/s overall. Outcomes: ${JSON.stringify(soak.outcomes)}.`,
      });
      tables.push({
        title: 'Soak: memory at start and end (MB)',
        columns: ['what', 'start', 'end', 'change', 'floor first third (settling)', 'floor middle third', 'floor last third', 'trend MB/min (last two thirds)'],
        rows: [
          ['API server RSS', mem.server.start, mem.server.end, mem.server.change, mem.server.floorFirst, mem.server.floorMiddle, mem.server.floorEnd, mem.server.slope],
          ['Neo4j heap used (JMX)', mem.heap.start, mem.heap.end, mem.heap.change, mem.heap.floorFirst, mem.heap.floorMiddle, mem.heap.floorEnd, mem.heap.slope],
          ['Neo4j JVM RSS', mem.jvm.start, mem.jvm.end, mem.jvm.change, mem.jvm.floorFirst, mem.jvm.floorMiddle, mem.jvm.floorEnd, mem.jvm.slope],
        ],
        note: 'Samples every 5 s after the warm-up. "Floor" = mean of the three lowest samples of a third of the run: where the garbage collector brings memory back, which is what rises when something leaks. Start and end single samples fall anywhere on the saw-tooth. The first third is still settling and is not judged.',
      });
      goals.push({ goal: 'soak: zero errors', met: soak.errors === 0, detail: `${soak.requests.toLocaleString('en')} requests, ${soak.errors} errors${soak.errors ? ` (${JSON.stringify(soak.outcomes)})` : ''}` });
      goals.push({ goal: 'soak: no unbounded memory growth (server RSS and Neo4j heap floors within +25% from the middle to the last third)', met: mem.bounded, detail: mem.detail });

      // ---------------------------------------------------------------- fault
      if (!values['no-fault']) {
        const fault = await faultRun(graph, client, inputs, mix, faultS, gapS);
        data.fault = fault;
        const alive = api.exited() === null;
        tables.push({
          title: `Fault: Neo4j killed (SIGKILL) after 10 s, restarted after a ${gapS} s gap; ${faultS} s at 4 clients`,
          columns: ['window', 'requests', 'ok', 'SERVICE_UNAVAILABLE', '500s', 'timeouts / hangs', 'dropped connections', 'other', 'max latency ms', 'p99 latency ms'],
          rows: fault.windows.map((w) => [w.name, w.requests, w.ok, w.unavailable, w.http500, w.timeouts, w.dropped, w.other, w.maxMs, w.p99Ms]),
          note: `Neo4j killed at ${fault.killAtS} s, restart begun at ${fault.restartAtS} s, ready at ${fault.readyAtS} s; first successful answer at ${fault.firstOkAtS ?? 'never'} s (${fault.recoveryS ?? 'n/a'} s after Neo4j was ready). /readyz during the outage: ${JSON.stringify(fault.readyz.outage)}; after recovery: ${JSON.stringify(fault.readyz.after)}. Other outcomes: ${JSON.stringify(fault.otherOutcomes)}.`,
        });
        const outage = fault.windows.find((w) => w.name === 'outage')!;
        // 500s, hangs and dropped connections count in every window: a request in flight at the
        // moment of the kill must fail as cleanly as one sent during the outage.
        const bad = fault.windows.reduce((n, w) => n + w.http500 + w.timeouts + w.dropped, 0);
        const slowest = fault.windows.reduce((w, x) => (x.maxMs > w.maxMs ? x : w));
        goals.push({
          goal: 'fault: clear unavailability errors during the gap (SERVICE_UNAVAILABLE, fast; no 500s, no hangs, no dropped connections)',
          // Any other answer during the outage (e.g. NOT_FOUND for an id that exists) misleads the
          // user about the data instead of saying the database is down: that fails the goal too.
          met: outage.requests > 0 && outage.unavailable > 0 && outage.other === 0 && bad === 0 && outage.maxMs < FAST_FAIL_MS,
          detail: `${outage.requests} requests during the outage: ${outage.unavailable} SERVICE_UNAVAILABLE (p99 ${outage.p99Ms} ms, slowest ${outage.maxMs} ms), ${outage.ok} ok, ${outage.other} other${outage.other ? ` (${JSON.stringify(fault.otherOutcomes)}: not an unavailability error)` : ''}; whole run: ${bad} 500s/hangs/dropped connections; slowest answer ${slowest.maxMs} ms (window: ${slowest.name})`,
        });
        goals.push({
          goal: `fault: serves again by itself within ${RECOVERY_GOAL_S} s of Neo4j's return, API process never crashed`,
          met: fault.recoveryS !== null && fault.recoveryS <= RECOVERY_GOAL_S && alive && fault.windows.find((w) => w.name === 'after recovery')!.requests > 0,
          detail: `first success ${fault.recoveryS ?? 'never'} s after Neo4j was ready (${fault.firstOkAfterKillS ?? 'n/a'} s after the kill); API process ${alive ? 'alive throughout' : `ended: ${JSON.stringify(api.exited())}`}`,
        });
      } else notes.push('Fault run skipped (--no-fault).');
    } finally {
      client.close();
      await api.stop();
      await graph.neo.stop();
      graph.dispose();
    }
    return {
      status: 'ok',
      notes: [
        `Graph: the scale-${scale} synthetic corpus${scale === 1 ? ' (about a million relationships)' : ''}${graph.origin.loadMethod.startsWith('bare') ? ', loaded by the batched baseline loader because runIngest could not load it' : ''}, Neo4j embedded on a temporary copy of the cached store; the API server in its own process (production configuration, rate limit lifted), loopback only.`,
        ...notes,
      ],
      goals,
      tables,
      data,
    };
  },
);

/**
 * Memory verdict. A garbage-collected heap saw-tooths (G1 lets "used" climb towards the maximum
 * before it collects), and after a warm-up it still settles for a while: the first third of the
 * samples is reported but not judged. Judged: the floor (mean of the three lowest samples: where
 * the collector brings memory back) of the middle third against the last third, and the trend
 * over those two thirds.
 */
function memoryVerdict(samples: MemorySample[]) {
  const third = Math.max(1, Math.floor(samples.length / 3));
  const floor3 = (ys: number[]) => (ys.length ? round([...ys].sort((a, b) => a - b).slice(0, 3).reduce((a, b, _, arr) => a + b / arr.length, 0), 1) : null);
  const series = (pick: (s: MemorySample) => number | null) => {
    const vals = samples.map((s) => ({ x: s.s, y: pick(s) })).filter((p): p is { x: number; y: number } => p.y !== null);
    const ys = vals.map((p) => p.y);
    const floorMiddle = floor3(ys.slice(third, 2 * third));
    const floorEnd = floor3(ys.slice(2 * third));
    return {
      start: ys[0] ?? null,
      end: ys[ys.length - 1] ?? null,
      change: ys.length ? round(ys[ys.length - 1]! - ys[0]!, 1) : null,
      floorFirst: floor3(ys.slice(0, third)),
      floorMiddle,
      floorEnd,
      slope: slopePerMinute(vals.slice(third)),
      grew: floorMiddle !== null && floorEnd !== null ? floorEnd > floorMiddle * 1.25 : null,
    };
  };
  const server = series((s) => s.serverRssMb);
  const heap = series((s) => s.heapUsedMb);
  const jvm = series((s) => s.jvmRssMb);
  const bounded = server.grew === null && heap.grew === null ? null : !server.grew && !heap.grew;
  return {
    server,
    heap,
    jvm,
    bounded,
    detail: `API server RSS floor ${server.floorMiddle} → ${server.floorEnd} MB (trend ${server.slope} MB/min); Neo4j heap floor ${heap.floorMiddle} → ${heap.floorEnd} MB (trend ${heap.slope} MB/min); middle vs last third of the samples`,
  };
}

interface Window {
  name: string;
  requests: number;
  ok: number;
  unavailable: number;
  http500: number;
  timeouts: number;
  dropped: number;
  other: number;
  maxMs: number;
  p99Ms: number;
}

async function faultRun(graph: Awaited<ReturnType<typeof openLoadedGraph>>, client: GraphQLClient, inputs: Inputs, mix: OpName[], faultS: number, gapS: number) {
  const results: { at: number; ms: number; outcome: string }[] = [];
  const readyz: { at: number; status: number }[] = [];
  const t0 = performance.now();
  const at = () => (performance.now() - t0) / 1000;
  let killAt = Infinity;
  let restartAt = Infinity;
  let readyAt = Infinity;
  let restartError: string | null = null;

  log(`fault: ${faultS} s at 4 clients; Neo4j will be killed at 10 s and restarted ${gapS} s later...`);
  const schedule = (async () => {
    await new Promise((r) => setTimeout(r, 10_000));
    graph.neo.kill();
    killAt = at();
    log(`fault: Neo4j (pid) killed at ${killAt.toFixed(1)} s`);
    await new Promise((r) => setTimeout(r, gapS * 1000));
    restartAt = at();
    try {
      await graph.neo.restart();
      readyAt = at();
      log(`fault: Neo4j ready again at ${readyAt.toFixed(1)} s`);
    } catch (err) {
      restartError = String((err as Error).message ?? err);
      log(`fault: restart failed: ${restartError}`);
    }
  })();
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const r = await client.get('/readyz');
      readyz.push({ at: at(), status: r.status });
      await new Promise((res) => setTimeout(res, 250));
    }
  })();
  await closedLoop({
    concurrency: 4,
    durationMs: faultS * 1000,
    maxRequests: 10_000_000,
    op: mixedOp(client, inputs, mix),
    onResult: (r) => results.push({ at: (r.at - t0) / 1000, ms: r.ms, outcome: r.outcome }),
  });
  polling = false;
  await Promise.all([schedule, poller]);
  if (restartError) throw new Error(`Neo4j could not be restarted on the same store and port: ${restartError}`);

  // An answer belongs to the window in which its request was sent.
  const firstOk = results.find((r) => r.at >= readyAt && r.outcome === 'ok');
  const firstOkAt = firstOk ? firstOk.at + firstOk.ms / 1000 : null;
  const window = (name: string, from: number, to: number): Window => {
    const rs = results.filter((r) => r.at >= from && r.at < to);
    const count = (test: (o: string) => boolean) => rs.filter((r) => test(r.outcome)).length;
    const lat = summarise(rs.map((r) => r.ms));
    return {
      name,
      requests: rs.length,
      ok: count((o) => o === 'ok'),
      unavailable: count((o) => o === 'SERVICE_UNAVAILABLE'),
      http500: count((o) => /^http-5/.test(o) && !o.startsWith('http-503')),
      timeouts: count((o) => o === 'timeout'),
      dropped: count((o) => /^connection-|^network-|^response-error/.test(o)),
      other: count((o) => o !== 'ok' && o !== 'SERVICE_UNAVAILABLE' && !isBad(o)),
      maxMs: Number.isFinite(lat.max) ? Math.round(lat.max) : 0,
      p99Ms: Number.isFinite(lat.p99) ? Math.round(lat.p99) : 0,
    };
  };
  const recoveredAt = firstOkAt ?? Infinity;
  const otherOutcomes: Record<string, number> = {};
  for (const r of results) if (r.outcome !== 'ok' && r.outcome !== 'SERVICE_UNAVAILABLE') otherOutcomes[r.outcome] = (otherOutcomes[r.outcome] ?? 0) + 1;
  const statuses = (from: number, to: number) => {
    const out: Record<string, number> = {};
    for (const r of readyz.filter((x) => x.at >= from && x.at < to)) out[r.status] = (out[r.status] ?? 0) + 1;
    return out;
  };
  return {
    killAtS: round(killAt, 1),
    restartAtS: round(restartAt, 1),
    readyAtS: round(readyAt, 1),
    firstOkAtS: firstOkAt === null ? null : round(firstOkAt, 1),
    recoveryS: firstOkAt === null ? null : round(Math.max(0, firstOkAt - readyAt), 2),
    firstOkAfterKillS: firstOkAt === null ? null : round(firstOkAt - killAt, 1),
    windows: [
      window('before the kill', 0, killAt),
      window('outage', killAt, readyAt),
      window('Neo4j back, not yet serving', readyAt, recoveredAt),
      window('after recovery', recoveredAt, Infinity),
    ],
    readyz: { outage: statuses(killAt + 1, readyAt), after: statuses(recoveredAt + 2, Infinity) },
    otherOutcomes,
  };
}
