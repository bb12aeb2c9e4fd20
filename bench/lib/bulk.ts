/**
 * The bulk first load in the ingest benchmark: `openForFirstLoad` (server/src/ingest/bulk.ts:
 * importer CSV, Neo4j's bulk importer in the launcher, schema, fix-ups, sync marker) into a
 * fresh temporary embedded store, then a `runIngest` of the same data on it, which must change
 * nothing (the marker and the graph are what a sync expects).
 *
 * End to end = prepareData (the same validation as every load) + openForFirstLoad, which
 * includes the JVM's start; the baseline's JVM start is outside its clock, so the comparison
 * favours the baseline.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openForFirstLoad, type BulkResult } from '../../server/src/ingest/bulk.ts';
import { runIngest, type Prepared } from '../../server/src/ingest/index.ts';
import { freePort } from '../../tests/support/ports.ts';
import { BENCH_HEAP_MB, BENCH_PAGECACHE_MB } from './neo4j.ts';
import type { Cell, ReportTable, Target } from './report.ts';
import { ratio, round } from './stats.ts';
import { target } from './targets.ts';

export interface BulkFigures {
  scale: number;
  rows: number;
  relationships: number;
  prepareMs: number;
  /** openForFirstLoad: files + import and start + schema + fix-ups + marker. */
  loadMs: number | null;
  totalMs: number | null;
  /** The importer's own time (its "IMPORT DONE in" line in the launcher log), part of "import and start". */
  importerMs: number | null;
  phases: BulkResult['phases'] | null;
  fixups: BulkResult['fixups'] | null;
  rerunMs: number | null;
  rerunChanged: boolean | null;
  error: string | null;
}

export async function measureBulk(scale: number, dataDir: string, prepared: Prepared, prepareMs: number, log: (m: string) => void): Promise<BulkFigures> {
  const rows = prepared.nodes.length + prepared.rels.length;
  const figures: BulkFigures = { scale, rows, relationships: prepared.rels.length, prepareMs, loadMs: null, totalMs: null, importerMs: null, phases: null, fixups: null, rerunMs: null, rerunChanged: null, error: null };
  const storeDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-bulk-'));
  const config = { mode: 'embedded' as const, uri: '', user: 'neo4j', password: '', database: 'neo4j', boltPort: await freePort(), storeDir, heapMb: BENCH_HEAP_MB, pageCacheMb: BENCH_PAGECACHE_MB, txTimeoutS: 3600, startTimeoutS: 900 };
  log(`scale ${scale}: bulk first load with the Neo4j importer...`);
  try {
    const t = performance.now();
    // minRows 0: the importer at every scale, so the report shows its fixed cost too (npm start
    // uses it from BULK_THRESHOLD rows).
    const { runtime, bulk } = await openForFirstLoad(config, 600_000, prepared, { onProgress: log, minRows: 0 });
    try {
      figures.loadMs = Math.round(performance.now() - t);
      figures.totalMs = prepareMs + figures.loadMs;
      figures.phases = bulk?.phases ?? null;
      figures.fixups = bulk?.fixups ?? null;
      if (!bulk) throw new Error('the fresh store was not bulk-loaded');
      figures.importerMs = importerMs(path.join(storeDir, 'launcher.log'));
      log(`scale ${scale}: bulk load ${figures.loadMs} ms (${JSON.stringify(bulk.phases)}); runIngest on it...`);
      const t2 = performance.now();
      const again = await runIngest({ db: runtime.db, dataDir, prepared });
      figures.rerunMs = Math.round(performance.now() - t2);
      figures.rerunChanged = again.changed || again.repairs.length > 0;
    } finally {
      await runtime.stop();
    }
  } catch (err) {
    figures.error = String((err as Error).message ?? err).split('\n')[0]!.slice(0, 300);
    log(`scale ${scale}: bulk load failed: ${figures.error}`);
  } finally {
    rmSync(storeDir, { recursive: true, force: true });
  }
  return figures;
}

/** `IMPORT DONE in 43s 703ms.` (the importer's summary, which the launcher copies to its log) in ms. */
function importerMs(logFile: string): number | null {
  const m = existsSync(logFile) ? /IMPORT DONE in (?:(\d+)m )?(?:(\d+)s )?(\d+)ms/.exec(readFileSync(logFile, 'utf8')) : null;
  return m ? Number(m[1] ?? 0) * 60_000 + Number(m[2] ?? 0) * 1000 + Number(m[3]) : null;
}

const s = (ms: number | null) => (ms === null ? null : round(ms / 1000, 1));

/** The table row per scale, beside the same run's bare UNWIND baseline. */
export function bulkTable(all: { bulk: BulkFigures; baselineMs: number | null }[]): ReportTable {
  const rows: Cell[][] = all.map(({ bulk: b, baselineMs }) => [
    b.scale,
    b.rows,
    s(b.prepareMs),
    s(b.phases?.files ?? null),
    s(b.phases?.['import and start'] ?? null),
    s(b.importerMs),
    s(b.phases?.schema ?? null),
    s((b.phases?.fixups ?? 0) + (b.phases?.marker ?? 0)),
    s(b.totalMs),
    b.totalMs ? Math.round(b.rows / (b.totalMs / 1000)) : null,
    s(baselineMs),
    ratio(b.totalMs, baselineMs),
    b.rerunChanged === null ? (b.error ?? null) : !b.rerunChanged,
  ]);
  return {
    title: 'Bulk first load into an empty store (Neo4j importer) vs bare UNWIND CREATE',
    columns: ['scale', 'rows', 'prepare s', 'CSV files + degrees s', 'import + JVM start s', 'of which the importer s', 'schema s', 'fix-ups + marker s', 'end to end s', 'rows/s', 'baseline s', 'ratio end-to-end/baseline', 'next runIngest changed nothing'],
    rows,
    note: 'End to end = prepareData + openForFirstLoad (CSV, importer, JVM start, schema and index population, fix-ups, sync marker). The baseline excludes prepare, JVM start and schema; ratio below 1 means the bulk load is faster.',
  };
}

/** Issue 16's first-load entry from the million-relationship scale, if it ran. */
export function firstLoadTarget(all: { bulk: BulkFigures; baselineMs: number | null }[]): Target[] {
  const million = all.find((f) => f.bulk.relationships >= 1_000_000);
  if (!million) return [];
  const b = million.bulk;
  const cores = os.cpus().length;
  return [
    target('first-load', {
      measured: s(b.totalMs),
      baseline: s(million.baselineMs),
      ratio: ratio(b.totalMs, million.baselineMs),
      met: b.totalMs !== null && b.totalMs < 60_000 && b.rerunChanged === false,
      unit: 's',
      baselineOf: 'bare UNWIND CREATE of the same prepared rows, batched with parameters, schema in place (same run)',
      ratioOf: 'bulk end to end / baseline',
      reason: b.error
        ? `bulk load failed: ${b.error}`
        : `${s(b.totalMs)} s end to end on ${cores} cores (prepare ${s(b.prepareMs)} s, load ${s(b.loadMs)} s: ${JSON.stringify(b.phases)}; the importer itself ${s(b.importerMs)} s by its own report); the next runIngest ${b.rerunChanged ? 'CHANGED something' : 'changed nothing'}`,
    }),
  ];
}
