/**
 * Issue 16's "sync" goal: a sync of changes into a loaded graph at >= 30,000 rows/s, memory bounded
 * by batch. Measured on the graph the ingest benchmark has just loaded: a revision of every
 * {@link REVISE_EVERY}-th entity and relationship (one property changed, so the plan sees a new
 * content hash and writes the row) is synced by the real `runIngest`, then the original is synced
 * back, so the store the API benchmark may keep holds the corpus as generated. Both runs count.
 *
 * The baseline is the same run's bare `UNWIND … CREATE` of the whole corpus in batches of their own
 * transactions (rows per second): what writing rows costs when nothing is planned, compared and
 * committed at once. The sync writes its changes in ONE transaction (all or nothing for readers), so
 * its heap grows with the change, not with a batch: the peak heap sampled during the sync is
 * reported beside the rate, and the goal's "memory bounded by batch" is not met by design today.
 *
 * @example
 * const sync = await measureSync({ db, dir, prepared, batchSize, sampleHeap: (work) => withHeapPeak(neo, work) });
 * sync.rowsPerSecond; // changed rows per second, both directions together
 */
import { runIngest, type Prepared } from '../../server/src/ingest/index.ts';
import type { Database } from '../../server/src/neo4j/database.ts';
import type { Target } from './report.ts';
import { ratio, round } from './stats.ts';
import { target } from './targets.ts';

/** One entity and one relationship in this many is revised (10%). */
export const REVISE_EVERY = 10;

export interface SyncFigures {
  /** Rows the two syncs wrote (updates), as the plans counted them. */
  rows: number | null;
  ms: number | null;
  rowsPerSecond: number | null;
  peakHeapMb: number | null;
  error: string | null;
}

/**
 * The prepared corpus with every n-th entity and relationship revised: a `benchRevision` property
 * added and the hash changed accordingly. Pure; the input is not touched.
 *
 * @example
 * revise(prepared, 10).rels[0].props.benchRevision; // 'r2'
 */
export function revise(prepared: Prepared, every: number): Prepared {
  const bump = <T extends { props: Record<string, unknown> }>(rows: T[]): T[] =>
    rows.map((row, i) => (i % every === 0 ? { ...row, props: { ...row.props, benchRevision: 'r2', hash: `${String(row.props.hash)}:r2` } } : row));
  return { ...prepared, nodes: bump(prepared.nodes), rels: bump(prepared.rels), dataVersion: `${prepared.dataVersion}:r2` };
}

type HeapSampler = <T>(work: () => Promise<T>) => Promise<{ result?: T; error?: unknown; peakHeapMb: number | null }>;

export async function measureSync(opts: { db: Database; dir: string; prepared: Prepared; batchSize: number; sampleHeap: HeapSampler }): Promise<SyncFigures> {
  const { db, dir, prepared, batchSize } = opts;
  const sync = (p: Prepared) => runIngest({ db, dataDir: dir, prepared: p, batchSize });
  const t = performance.now();
  const run = await opts.sampleHeap(async () => {
    const forward = await sync(revise(prepared, REVISE_EVERY));
    const back = await sync(prepared);
    return forward.rows + back.rows;
  });
  const ms = Math.round(performance.now() - t);
  if (run.error !== undefined) {
    const e = run.error as { message?: string };
    return {
      rows: null,
      ms: null,
      rowsPerSecond: null,
      peakHeapMb: run.peakHeapMb,
      error: String(e.message ?? run.error)
        .split('\n')[0]!
        .slice(0, 300),
    };
  }
  const rows = run.result!;
  return { rows, ms, rowsPerSecond: Math.round(rows / (ms / 1000)), peakHeapMb: run.peakHeapMb, error: null };
}

/** The "sync" entry of latest.json's targets, from the largest scale the run measured. */
export function syncTarget(all: { scale: number; sync: SyncFigures | null; baselineRowsPerSecond: number | null }[]): Target[] {
  const measured = all.filter((f) => f.sync && f.sync.error === null);
  const largest = measured[measured.length - 1];
  if (!largest) {
    const failed = all.find((f) => f.sync?.error);
    return failed
      ? [target('sync', { measured: null, baseline: null, ratio: null, met: false, reason: `the sync failed at scale ${failed.scale}: ${failed.sync!.error}` })]
      : [];
  }
  const s = largest.sync!;
  return [
    target('sync', {
      measured: s.rowsPerSecond,
      baseline: largest.baselineRowsPerSecond,
      ratio: ratio(s.rowsPerSecond, largest.baselineRowsPerSecond),
      // Memory bounded by batch is not met while the sync is one transaction (see the file comment).
      met: false,
      unit: 'rows/s',
      baselineOf: 'bare UNWIND CREATE of the whole corpus, batches in their own transactions (same run)',
      ratioOf: 'sync rows/s / baseline rows/s (higher is better)',
      reason:
        `scale ${largest.scale}: ${s.rows?.toLocaleString('en')} rows changed (1 in ${REVISE_EVERY} entities and relationships revised, then put back) in ${round((s.ms ?? 0) / 1000, 1)} s = ${s.rowsPerSecond?.toLocaleString('en')} rows/s` +
        `${(s.rowsPerSecond ?? 0) >= 30_000 ? '' : ' (under 30,000)'}; peak heap ${s.peakHeapMb ?? 'n/a'} MB. ` +
        'Not met by design: the sync is one transaction, so that readers never see half of it, and its heap grows with the change, not with a batch.',
    }),
  ];
}
