/**
 * Ingest benchmark: rows per second of `runIngest` on the synthetic corpus at three sizes,
 * beside a bare `UNWIND $rows CREATE` of the same rows through the same driver (bench/lib/
 * baseline.ts), each into its own fresh embedded Neo4j with the same heap and page cache.
 *
 * For each scale (default 0.01, 0.1, 1):
 *   1. prepareData (read, validate, normalise, link: no database), timed;
 *   2. baseline: fresh Neo4j, same schema (created before timing), bare CREATE of prepared.nodes and prepared.rels in
 *      batches of the same size, one auto-commit transaction per batch;
 *   3. runIngest: fresh Neo4j with the schema, runIngest({ prepared }) = plan + load (one transaction,
 *      or, above 200,000 rows into an empty graph, staged batches published in one small transaction);
 *      then runIngest again on the same data (must change nothing), timed;
 * and the JVM's peak heap (JMX, sampled every second) and peak RSS for both loads. When
 * runIngest fails for memory at the default heap, it is tried once more with a bigger heap
 * (--retry-heap-mb, default 12288) so the report says what one transaction needs.
 * runIngest's total = prepare + runIngest(prepared): what `npm run ingest` costs on that corpus.
 *
 * The scale-1 store is kept as the cache the API and soak benchmarks start from.
 *
 * `npm run bench -- ingest` or `tsx bench/ingest.ts [--scales 0.01,0.1,1] [--batch-size N]`.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runIngest, prepareData, type Prepared } from '../server/src/ingest/index.ts';
import { applySchema } from '../server/src/ingest/load.ts';
import { DEFAULT_BATCH_SIZE } from '../server/src/ingest/load.ts';
import { bareLoad } from './lib/baseline.ts';
import { bulkTable, firstLoadTarget, measureBulk, type BulkFigures } from './lib/bulk.ts';
import { ensureCorpus } from './lib/corpus.ts';
import { saveStoreToCache } from './lib/graph.ts';
import { measureSync, REVISE_EVERY, syncTarget, type SyncFigures } from './lib/sync.ts';
import { BENCH_HEAP_MB, BENCH_PAGECACHE_MB, startBenchNeo4j, type BenchNeo4j } from './lib/neo4j.ts';

/** The heap of the second try when the single transaction does not fit (the machine has 24 GB). */
const RETRY_HEAP_MB = 12288;
import type { Cell, Goal, ReportTable } from './lib/report.ts';
import { log, runSection } from './lib/section.ts';
import { ratio, round } from './lib/stats.ts';

interface LoadFigures {
  ms: number | null;
  error: string | null;
  peakHeapMb: number | null;
  peakRssMb: number | null;
}

interface IngestAttempt extends LoadFigures {
  heapMb: number;
  /** runIngest(prepared): plan + load + commit (= ms). */
  planWriteMs: number | null;
  /** prepare + planWrite. */
  totalMs: number | null;
  /** When the last batch was written and the commit began (also known when the commit fails). */
  writtenAtMs: number | null;
  rerunMs: number | null;
  rerunChanged: boolean | null;
  /** A sync of changes into the loaded graph (bench/lib/sync.ts). */
  sync: SyncFigures | null;
}

interface ScaleFigures {
  scale: number;
  entities: number;
  relationships: number;
  rows: number;
  corpusMiB: number | null;
  prepareMs: number;
  baseline: LoadFigures & { nodesMs: number | null; relsMs: number | null; heapMb: number };
  /** The attempt the tables show: the first that succeeded, else the last. */
  ingest: IngestAttempt;
  /** Every attempt: a failure at the default heap is retried once with a bigger heap. */
  attempts: IngestAttempt[];
  /** The bulk first load with Neo4j's importer (bench/lib/bulk.ts). */
  bulk: BulkFigures;
}

/** Runs `work` while sampling the JVM's heap every second; the peak is known even when it fails. */
async function withHeapPeak<T>(
  neo: BenchNeo4j,
  work: () => Promise<T>,
): Promise<{ result?: T; error?: unknown; peakHeapMb: number | null; peakRssMb: number | null }> {
  let peak: number | null = null;
  let stop = false;
  const sampler = (async () => {
    while (!stop) {
      const h = await neo.heap().catch(() => null);
      if (h) peak = Math.max(peak ?? 0, h.usedMb);
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  let result: T | undefined;
  let error: unknown;
  try {
    result = await work();
  } catch (err) {
    error = err;
  }
  stop = true;
  await sampler;
  return { result, error, peakHeapMb: peak, peakRssMb: neo.rss()?.peakRssMb ?? null };
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).reduce(
    (sum, e) => (e.isFile() ? sum + statSync(path.join(e.parentPath, e.name)).size : sum),
    0,
  );
}

function errorText(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return `${e.code ? `${e.code}: ` : ''}${String(e.message ?? err)
    .split('\n')[0]!
    .slice(0, 300)}`;
}

const isMemoryError = (e: string | null) => e !== null && /MemoryPool|OutOfMemory|memory\.transaction|heap/i.test(e);

async function ingestAttempt(
  scale: number,
  dir: string,
  prepared: Prepared,
  prepareMs: number,
  batchSize: number,
  heapMb: number,
  onLoaded: (storeDir: string) => void,
): Promise<IngestAttempt> {
  const attempt: IngestAttempt = {
    heapMb,
    ms: null,
    planWriteMs: null,
    totalMs: null,
    writtenAtMs: null,
    rerunMs: null,
    rerunChanged: null,
    sync: null,
    error: null,
    peakHeapMb: null,
    peakRssMb: null,
  };
  const neo = await startBenchNeo4j({ log, heapMb });
  let ok = false;
  try {
    // The schema is created before the clock starts on both sides: creating 18 indexes on an
    // empty database costs seconds that say nothing about loading (runIngest's own applySchema
    // then finds everything in place).
    await applySchema(neo.db);
    log(`scale ${scale}: runIngest (batches of ${batchSize}, Neo4j heap ${heapMb} MB)...`);
    let lastTenth = -1;
    const t = performance.now();
    const run = await withHeapPeak(neo, () =>
      runIngest({
        db: neo.db,
        dataDir: dir,
        prepared,
        batchSize,
        onProgress: (done, total, step) => {
          if (step === 'commit') attempt.writtenAtMs = Math.round(performance.now() - t);
          const tenth = Math.floor((done / Math.max(1, total)) * 10);
          if (tenth !== lastTenth || step === 'commit') log(`  ${step}: ${done}/${total}`);
          lastTenth = tenth;
        },
      }),
    );
    attempt.peakHeapMb = run.peakHeapMb;
    attempt.peakRssMb = run.peakRssMb;
    if (run.error !== undefined) throw run.error;
    attempt.planWriteMs = attempt.ms = Math.round(performance.now() - t);
    attempt.totalMs = prepareMs + attempt.planWriteMs;
    log(`scale ${scale}: runIngest ${attempt.planWriteMs} ms (+ ${prepareMs} ms prepare); running it again on the same data...`);
    const t2 = performance.now();
    const again = await runIngest({ db: neo.db, dataDir: dir, prepared, batchSize });
    attempt.rerunMs = Math.round(performance.now() - t2);
    attempt.rerunChanged = again.changed;
    log(`scale ${scale}: a sync of changes (1 in ${REVISE_EVERY} rows revised, then put back)...`);
    attempt.sync = await measureSync({ db: neo.db, dir, prepared, batchSize, sampleHeap: (work) => withHeapPeak(neo, work) });
    log(`scale ${scale}: sync ${attempt.sync.error ?? `${attempt.sync.rows} rows in ${attempt.sync.ms} ms`}`);
    ok = true;
  } catch (err) {
    attempt.error = errorText(err);
    attempt.peakRssMb ??= neo.rss()?.peakRssMb ?? null;
    log(
      `scale ${scale}: runIngest failed (heap ${heapMb} MB${attempt.writtenAtMs !== null ? `, all rows written after ${attempt.writtenAtMs} ms, failed at commit` : ''}): ${attempt.error}`,
    );
  } finally {
    await neo.stop({ keepStore: ok });
    if (ok) {
      onLoaded(neo.storeDir);
      rmSync(neo.storeDir, { recursive: true, force: true });
    }
  }
  return attempt;
}

async function measureScale(scale: number, batchSize: number, keepStore: boolean, retryHeapMb: number): Promise<ScaleFigures> {
  const { dir, manifest } = ensureCorpus(scale, log);
  log(`scale ${scale}: preparing ${path.relative(process.cwd(), dir)} (read, validate, normalise, link)...`);
  const t = performance.now();
  const prepared = prepareData({ dataDir: dir });
  const prepareMs = Math.round(performance.now() - t);
  if (prepared.errors.length)
    throw new Error(`the generated corpus has ${prepared.errors.length} validation errors, first: ${JSON.stringify(prepared.errors[0])}`);
  const rows = prepared.nodes.length + prepared.rels.length;
  log(`scale ${scale}: ${prepared.nodes.length} entities + ${prepared.rels.length} relationships = ${rows} rows, prepared in ${prepareMs} ms`);

  // Baseline first, in its own fresh database.
  const baseline: ScaleFigures['baseline'] = { ms: null, nodesMs: null, relsMs: null, error: null, peakHeapMb: null, peakRssMb: null, heapMb: BENCH_HEAP_MB };
  const neo = await startBenchNeo4j({ log });
  try {
    await applySchema(neo.db);
    log(`scale ${scale}: baseline (bare UNWIND CREATE, batches of ${batchSize})...`);
    const run = await withHeapPeak(neo, () => bareLoad(neo.db, prepared, batchSize));
    Object.assign(baseline, { peakHeapMb: run.peakHeapMb, peakRssMb: run.peakRssMb });
    if (run.error !== undefined) throw run.error;
    const r = run.result!;
    Object.assign(baseline, { ms: Math.round(r.nodesMs + r.relsMs), nodesMs: Math.round(r.nodesMs), relsMs: Math.round(r.relsMs) });
    log(`scale ${scale}: baseline ${baseline.ms} ms`);
  } catch (err) {
    baseline.error = errorText(err);
    log(`scale ${scale}: baseline failed: ${baseline.error}`);
  } finally {
    await neo.stop();
  }

  const bulk = await measureBulk(scale, dir, prepared, prepareMs, log);

  const keep = (storeDir: string) => {
    if (!keepStore) return;
    log(`scale ${scale}: keeping the loaded store for the API and soak benchmarks...`);
    saveStoreToCache(scale, manifest, storeDir, { loadMs: null, loadMethod: 'runIngest' });
  };
  const attempts = [await ingestAttempt(scale, dir, prepared, prepareMs, batchSize, BENCH_HEAP_MB, keep)];
  if (isMemoryError(attempts[0]!.error) && retryHeapMb > BENCH_HEAP_MB) {
    log(`scale ${scale}: retrying runIngest with a ${retryHeapMb} MB heap to measure what the single transaction needs...`);
    attempts.push(await ingestAttempt(scale, dir, prepared, prepareMs, batchSize, retryHeapMb, keep));
  }
  const ingest = attempts.find((a) => a.error === null) ?? attempts[attempts.length - 1]!;
  return {
    scale,
    entities: prepared.nodes.length,
    relationships: prepared.rels.length,
    rows,
    corpusMiB: round(folderBytes(dir) / 1048576, 1),
    prepareMs,
    baseline,
    ingest,
    attempts,
    bulk,
  };
}

const perSecond = (rows: number, ms: number | null) => (ms ? Math.round(rows / (ms / 1000)) : null);
const seconds = (ms: number | null) => (ms === null ? null : round(ms / 1000, 1));

await runSection(
  {
    name: 'ingest',
    title: 'Ingestion',
    command: 'npm run bench -- ingest',
    options: { scales: { type: 'string' }, 'batch-size': { type: 'string' }, 'api-scale': { type: 'string' }, 'retry-heap-mb': { type: 'string' } },
  },
  async ({ values }) => {
    const scales = String(values.scales ?? '0.01,0.1,1')
      .split(',')
      .map(Number);
    const batchSize = Number(values['batch-size'] ?? DEFAULT_BATCH_SIZE);
    const apiScale = Number(values['api-scale'] ?? 1);
    const retryHeapMb = Number(values['retry-heap-mb'] ?? RETRY_HEAP_MB);
    const all: ScaleFigures[] = [];
    for (const scale of scales) all.push(await measureScale(scale, batchSize, scale === apiScale, retryHeapMb));

    const notes = [
      `Each load runs in its own fresh embedded Neo4j 5.26 (heap ${BENCH_HEAP_MB} MB unless said otherwise, page cache ${BENCH_PAGECACHE_MB} MB, temporary store), batches of ${batchSize} rows.`,
      'Baseline: the same prepared rows written by a bare `UNWIND $rows AS row CREATE ...` (nodes, then relationships matched by id), one auto-commit transaction per batch, same schema and driver. No validation, planning, MERGE or single transaction.',
      'runIngest total = prepareData (read CSV, validate, normalise, link mentions; Node only) + runIngest(prepared) (plan against the graph, then one transaction, or staged batches published in one transaction for a first load over 200,000 rows). "write" excludes prepareData. On both sides the schema (constraints, indexes, full-text index) is created before the clock starts.',
      'Rows = entities + relationships loaded (relationships include the AUTHORED, ISSUED and MENTIONS ingestion derives).',
      'Small sizes are dominated by a fixed cost (a JVM just started: JIT warm-up and query planning), hence a cost per row that falls with size.',
    ];
    for (const f of all) {
      if (f.baseline.error) notes.push(`FAILED: scale ${f.scale} baseline: ${f.baseline.error}`);
      for (const a of f.attempts) {
        if (a.error) {
          notes.push(
            `FAILED: scale ${f.scale} runIngest with a ${a.heapMb} MB Neo4j heap${a.writtenAtMs !== null ? ` wrote all ${f.rows.toLocaleString('en')} rows in ${seconds(a.writtenAtMs)} s, then failed at commit` : ''}: ${a.error} (peak heap sampled ${a.peakHeapMb ?? 'n/a'} MB, JVM peak RSS ${a.peakRssMb ?? 'n/a'} MB).`,
          );
        }
      }
      if (f.attempts.length > 1) {
        const last = f.attempts[f.attempts.length - 1]!;
        notes.push(
          `Scale ${f.scale}: retried with a ${last.heapMb} MB heap to measure what one transaction needs: ${last.error ? `failed too (${last.error})` : `loaded in ${seconds(last.planWriteMs)} s`}. The baseline ran with ${f.baseline.heapMb} MB.`,
        );
      }
    }
    const failed = all.some((f) => f.baseline.error || f.attempts.some((a) => a.error));

    const mainRows: Cell[][] = all.map((f) => [
      f.scale,
      f.entities,
      f.relationships,
      f.rows,
      seconds(f.prepareMs),
      seconds(f.ingest.planWriteMs),
      seconds(f.ingest.totalMs),
      perSecond(f.rows, f.ingest.totalMs),
      f.ingest.heapMb,
      seconds(f.baseline.ms),
      perSecond(f.rows, f.baseline.ms),
      ratio(f.ingest.totalMs, f.baseline.ms),
      ratio(f.ingest.planWriteMs, f.baseline.ms),
    ]);
    const memRows: Cell[][] = all.flatMap((f) =>
      f.attempts.map((a) => [
        f.scale,
        f.rows,
        a.heapMb,
        a.error ? `failed${a.writtenAtMs !== null ? ' at commit' : ''}` : 'loaded',
        seconds(a.writtenAtMs),
        a.peakHeapMb,
        a.peakRssMb,
        f.baseline.peakHeapMb,
        f.baseline.peakRssMb,
        ratio(a.peakHeapMb, f.baseline.peakHeapMb),
        seconds(a.rerunMs),
        a.rerunChanged === null ? null : !a.rerunChanged,
      ]),
    );
    const first = all[0]!;
    const growthRows: Cell[][] = all.map((f) => {
      const perK = (ms: number | null) => (ms === null ? null : round(ms / (f.rows / 1000), 2));
      const growth = (ms: number | null, base: number | null) =>
        ms === null || base === null ? null : round(ms / (f.rows / 1000) / (base / (first.rows / 1000)), 2);
      return [
        f.scale,
        f.corpusMiB,
        f.rows,
        round(f.rows / first.rows, 1),
        perK(f.ingest.totalMs),
        growth(f.ingest.totalMs, first.ingest.totalMs),
        perK(f.prepareMs),
        perK(f.ingest.planWriteMs),
        perK(f.baseline.ms),
        growth(f.baseline.ms, first.baseline.ms),
      ];
    });

    const million = all.find((f) => f.relationships >= 1_000_000);
    const cores = os.cpus().length;
    const firstAttempt = million?.attempts[0];
    const atDefault =
      firstAttempt && firstAttempt.error
        ? ` At the default ${firstAttempt.heapMb} MB heap it failed${firstAttempt.writtenAtMs !== null ? ` at commit after writing every row in ${seconds(firstAttempt.writtenAtMs)} s` : ''} (${firstAttempt.error.split(':')[0]}).`
        : '';
    const goals: Goal[] = [
      million
        ? {
            goal: 'runIngest within 2x of the bare UNWIND CREATE baseline on the 1,000,000-relationship corpus',
            met: million.ingest.totalMs !== null && million.baseline.ms !== null ? million.ingest.totalMs <= 2 * million.baseline.ms : false,
            detail:
              million.ingest.totalMs !== null
                ? `runIngest ${seconds(million.ingest.totalMs)} s end to end (write ${seconds(million.ingest.planWriteMs)} s, heap ${million.ingest.heapMb} MB) vs baseline ${seconds(million.baseline.ms) ?? 'failed'} s: ratio ${ratio(million.ingest.totalMs, million.baseline.ms) ?? 'n/a'} (write only ${ratio(million.ingest.planWriteMs, million.baseline.ms) ?? 'n/a'}).${atDefault}`
                : `runIngest could not load it (${million.ingest.error}); baseline ${seconds(million.baseline.ms) ?? 'failed'} s.${atDefault}`,
          }
        : { goal: 'runIngest within 2x of the baseline on 1,000,000 relationships', met: null, detail: 'scale 1 was not run (use --scales 0.01,0.1,1)' },
      million
        ? {
            goal: 'the million relationships loaded in under 2 minutes on a 2-core machine',
            met: million.ingest.totalMs === null ? false : cores <= 2 ? million.ingest.totalMs < 120_000 : null,
            detail: `${million.ingest.totalMs === null ? 'not loaded' : `${seconds(million.ingest.totalMs)} s end to end (prepare ${seconds(million.prepareMs)} s + write ${seconds(million.ingest.planWriteMs)} s)`} for ${million.relationships.toLocaleString('en')} relationships (${million.rows.toLocaleString('en')} rows) on ${cores} cores${cores > 2 ? ' (not a 2-core machine: run under `taskset -c 0,1` to judge)' : ''}; the baseline took ${seconds(million.baseline.ms) ?? 'n/a'} s`,
          }
        : { goal: 'the million in under 2 minutes on 2 cores', met: null, detail: 'scale 1 was not run' },
    ];
    const withBaseline = all.map((f) => ({ bulk: f.bulk, baselineMs: f.baseline.ms }));
    for (const f of all) if (f.bulk.error) notes.push(`FAILED: scale ${f.scale} bulk first load: ${f.bulk.error}`);
    const body = {
      status: failed || all.some((f) => f.bulk.error) ? ('partial' as const) : ('ok' as const),
      notes,
      goals,
      tables: <ReportTable[]>[
        {
          title: 'Ingest throughput by corpus size (runIngest vs bare UNWIND CREATE)',
          columns: [
            'scale',
            'entities',
            'relationships',
            'rows',
            'prepare s',
            'runIngest write s',
            'runIngest total s',
            'runIngest rows/s',
            'runIngest heap MB',
            'baseline s',
            'baseline rows/s',
            'ratio total/baseline',
            'ratio write/baseline',
          ],
          rows: mainRows,
          note: 'Ratios are times: 1.5 means runIngest took 1.5 times as long as the baseline (lower is better; goal: at most 2).',
        },
        {
          title: 'How cost grows with size (ms per 1,000 rows; growth = cost per row relative to the smallest size)',
          columns: [
            'scale',
            'corpus MiB',
            'rows',
            'rows x',
            'runIngest ms/1k rows',
            'runIngest growth',
            'prepare ms/1k rows',
            'write ms/1k rows',
            'baseline ms/1k rows',
            'baseline growth',
          ],
          rows: growthRows,
          note: 'A growth of 1 means linear cost; above 1, each row costs more in a bigger corpus.',
        },
        {
          title: 'Neo4j memory during the load (every runIngest attempt), and the no-change re-run',
          columns: [
            'scale',
            'rows',
            'runIngest heap MB',
            'outcome',
            'all rows written after s',
            'runIngest peak heap MB',
            'runIngest JVM peak RSS MB',
            'baseline peak heap MB',
            'baseline JVM peak RSS MB',
            'heap ratio',
            'second runIngest s',
            'second run changed nothing',
          ],
          rows: memRows,
          note: 'Peak heap is the highest JMX HeapMemoryUsage.used sampled once a second: one big transaction keeps its state on the heap until commit, and Neo4j refuses a transaction above dbms.memory.transaction.total.max (by default 70% of the heap).',
        },
      ],
      data: { batchSize, heapMb: BENCH_HEAP_MB, retryHeapMb, pageCacheMb: BENCH_PAGECACHE_MB, scales: all },
      targets: [
        ...firstLoadTarget(withBaseline),
        ...syncTarget(all.map((f) => ({ scale: f.scale, sync: f.ingest.sync, baselineRowsPerSecond: perSecond(f.rows, f.baseline.ms) }))),
      ],
    };
    body.tables.push(bulkTable(withBaseline));
    return body;
  },
);
