/**
 * Applies a plan to Neo4j: all of it or none of it.
 *
 * Design: one explicit transaction for the whole run, filled by parameterised UNWIND batches
 * and committed once at the end. If anything fails in between (a bad batch, Neo4j stopping,
 * this process being killed) the transaction never commits and Neo4j rolls it back, so the API
 * keeps seeing the previous version until the new one is complete. The first statement locks
 * the meta node, so two imports cannot interleave, and checks that the graph is still the
 * version the plan was made against.
 *
 * The cost is transaction memory on the Neo4j side (a few KB per row, bench/ingest.ts measures it):
 * one transaction cannot hold a million rows in a bounded heap. So a large first load into an
 * empty graph is staged instead (see {@link applyStaged}): batches written in many small
 * transactions under a label no API query reads, then published in one small transaction that
 * only flips labels. Interrupted, it leaves the graph as it was (empty); the leftovers are
 * cleared by the next run.
 *
 * @example
 * await applyPlan(db, plan, { dataVersion: 'abc', expectedVersion: null, counts: {...} });
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'neo4j-driver';
import type { Database } from '../neo4j/database.ts';
import { cypher, cypherStatements } from '../neo4j/cypher.ts';
import { toPlain } from '../neo4j/values.ts';
import { nodeFingerprint, relFingerprint, type GraphState, type Plan } from './plan.ts';
import { AtlasError } from '../errors.ts';
import type { FileCounts } from './guard.ts';
import { degreeProps, degreesOf, writeDegreesInTx } from './degrees.ts';

export const DEFAULT_BATCH_SIZE = 5_000;
/** Above this many rows, a load into an empty graph is staged rather than one transaction. */
export const DEFAULT_STAGED_THRESHOLD = 200_000;

export interface ApplyOptions {
  dataVersion: string;
  /** The data version the plan was computed against (null for an empty graph). */
  expectedVersion: string | null;
  counts: unknown;
  batchSize?: number;
  /** Called after every batch with rows written so far and the total. */
  onProgress?: (done: number, total: number, step: string) => void;
  /** Test hook: throw after this many batches (proves the rollback). */
  failAfterBatches?: number;
  /** Rows above which a load into an empty graph is staged (default {@link DEFAULT_STAGED_THRESHOLD}). */
  stagedThreshold?: number;
}

/** Creates constraints and indexes (idempotent) and waits until they are online. */
export async function applySchema(db: Database): Promise<void> {
  for (const statement of cypherStatements('schema')) {
    await db.driver.executeQuery(statement, {}, { database: db.database });
  }
  await db.driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: db.database });
}

/**
 * What the graph holds, for planning: per entity and relationship its stored hash and a
 * fingerprint of its labels and properties as stored, so the plan notices changes made in Neo4j
 * directly (see plan.ts). Reading every property costs about as much as reading the ids did;
 * it is what makes "a sync leaves the graph equal to data/" true.
 */
export async function readGraphState(db: Database): Promise<GraphState & { dataVersion: string | null; fileCounts?: FileCounts }> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    const nodes = await session.executeRead((tx) => tx.run(cypher('ingest/read-nodes')));
    const rels = await session.executeRead((tx) => tx.run(cypher('ingest/read-rels')));
    const meta = await session.executeRead((tx) => tx.run(cypher('ingest/read-meta')));
    return {
      nodes: nodes.records.map((r) => {
        const props = toPlain(r.get('props')) as Record<string, unknown>;
        const labels = r.get('labels') as string[];
        return { id: r.get('id'), kind: r.get('kind'), hash: r.get('hash'), labels, props, content: nodeFingerprint(labels, props), eid: r.get('eid') };
      }),
      rels: rels.records.map((r) => {
        const props = toPlain(r.get('props')) as Record<string, unknown>;
        return { key: r.get('key'), hash: r.get('hash'), type: r.get('type'), from: r.get('from'), to: r.get('to'), props, content: relFingerprint(props), eid: r.get('eid') };
      }),
      dataVersion: (meta.records[0]?.get('dataVersion') as string | null) ?? null,
      fileCounts: fileCountsOf(meta.records[0]?.get('counts') as string | null),
    };
  } finally {
    await session.close();
  }
}

/** Records per file stored by the last sync (absent before the removal guard existed). */
function fileCountsOf(counts: string | null): FileCounts | undefined {
  try {
    return (JSON.parse(counts ?? '{}') as { files?: FileCounts }).files;
  } catch {
    return undefined;
  }
}

export async function readMeta(db: Database): Promise<{ dataVersion: string | null; loadedAt: string | null; counts: string | null }> {
  const [row] = await db.read('ingest/read-meta');
  return { dataVersion: (row?.dataVersion as string) ?? null, loadedAt: (row?.loadedAt as string) ?? null, counts: (row?.counts as string) ?? null };
}

function batches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function simulateFailure(opts: ApplyOptions, batchCount: number): void {
  if (opts.failAfterBatches !== undefined && batchCount >= opts.failAfterBatches) throw new Error('simulated failure in the middle of an import');
}

export async function applyPlan(db: Database, plan: Plan, opts: ApplyOptions): Promise<void> {
  const rows = plan.nodes.create.length + plan.rels.create.length;
  const onlyCreates = !plan.nodes.update.length && !plan.nodes.remove.length && !plan.rels.update.length && !plan.rels.remove.length && !plan.strays.nodes.length && !plan.strays.rels.length;
  if (opts.expectedVersion === null && onlyCreates && rows > (opts.stagedThreshold ?? DEFAULT_STAGED_THRESHOLD)) {
    return applyStaged(db, plan, opts);
  }
  return applyInOneTransaction(db, plan, opts);
}

async function applyInOneTransaction(db: Database, plan: Plan, opts: ApplyOptions): Promise<void> {
  const size = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const steps: { step: string; query: string; rows: unknown[]; param: 'rows' | 'ids' | 'eids' }[] = [
    { step: 'remove stray relationships', query: 'ingest/delete-stray-rels', rows: plan.strays.rels.map((r) => r.eid), param: 'eids' },
    { step: 'remove stray entities', query: 'ingest/delete-stray-nodes', rows: plan.strays.nodes.map((n) => n.eid), param: 'eids' },
    { step: 'remove relationships', query: 'ingest/delete-rels', rows: plan.rels.remove.map(({ key, from, to }) => ({ key, from, to })), param: 'rows' },
    { step: 'remove entities', query: 'ingest/delete-nodes', rows: plan.nodes.remove.map((n) => n.id), param: 'ids' },
    { step: 'write entities', query: 'ingest/merge-nodes', rows: [...plan.nodes.create, ...plan.nodes.update], param: 'rows' },
    { step: 'create relationships', query: 'ingest/create-rels', rows: plan.rels.create, param: 'rows' },
    { step: 'update relationships', query: 'ingest/update-rels', rows: plan.rels.update.map(({ key, from, to, props }) => ({ key, from, to, props })), param: 'rows' },
  ];
  const total = steps.reduce((n, s) => n + s.rows.length, 0);
  await inOneTransaction(db, async (tx) => {
    const lock = await tx.run(cypher('ingest/lock-meta'), { run: randomUUID() });
    const current = (toPlain(lock.records[0]?.get('dataVersion')) as string | null) ?? null;
    if (current !== opts.expectedVersion) {
      throw new AtlasError('INGEST_FAILED', 'The graph changed while this import was being planned (another import ran). Run the import again.');
    }
    let done = 0;
    let batchCount = 0;
    for (const { step, query, rows, param } of steps) {
      for (const batch of batches(rows, size)) {
        simulateFailure(opts, batchCount);
        await tx.run(cypher(query), { [param]: batch });
        done += batch.length;
        batchCount++;
        opts.onProgress?.(done, total, step);
      }
    }
    // Stored degrees of what changed, in the same transaction (degrees.ts).
    await writeDegreesInTx(tx, plan, size);
    await writeMeta(tx, opts);
    opts.onProgress?.(done, total, 'commit');
  });
}

/**
 * Runs work in one explicit write transaction and commits it; on any error (or a killed
 * process, when the server sees the connection drop) nothing of it is ever visible.
 */
async function inOneTransaction(db: Database, work: (tx: Transaction) => Promise<void>): Promise<void> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  let tx: Transaction | undefined;
  const run = randomUUID();
  let marked = false;
  try {
    tx = session.beginTransaction({ timeout: 3_600_000 });
    await work(tx);
    // Readers wait while Neo4j applies the commit (a large one takes seconds): see neo4j/consistent.ts.
    await db.driver.executeQuery(cypher('ingest/publish-begin'), { run }, { database: db.database });
    marked = true;
    await tx.commit();
    tx = undefined;
  } finally {
    if (tx) await tx.rollback().catch(() => undefined);
    if (marked) await db.driver.executeQuery(cypher('ingest/publish-end'), { run }, { database: db.database }).catch(() => undefined);
    await session.close();
  }
}

function writeMeta(tx: Transaction, opts: ApplyOptions) {
  return tx.run(cypher('ingest/write-meta'), { dataVersion: opts.dataVersion, loadedAt: new Date().toISOString(), counts: JSON.stringify(opts.counts) });
}

/** Clears what an interrupted staged load left behind (invisible to the API, but it takes room). */
export async function clearStaging(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    await session.run(cypher('ingest/staging-clear'));
  } finally {
    await session.close();
  }
}

/**
 * A large first load: entities and relationships written in batches of their own transactions
 * under the AtlasStaging label, then published in one transaction (labels only). The graph the
 * API sees goes from empty to complete in that last commit.
 */
async function applyStaged(db: Database, plan: Plan, opts: ApplyOptions): Promise<void> {
  const size = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  await clearStaging(db);
  // Stored degrees with the entities, from the rows (the graph is empty): complete on publish.
  const degrees = degreesOf({ nodes: plan.nodes.create, rels: plan.rels.create });
  const nodes = plan.nodes.create.map((n) => ({ ...n, props: { ...n.props, ...degreeProps(degrees.get(n.id)!) } }));
  const steps = [
    { step: 'stage entities', query: 'ingest/staging-nodes', rows: nodes as unknown[] },
    { step: 'stage relationships', query: 'ingest/staging-rels', rows: plan.rels.create as unknown[] },
  ];
  const total = steps.reduce((n, s) => n + s.rows.length, 0);
  let done = 0;
  let batchCount = 0;
  for (const { step, query, rows } of steps) {
    for (const batch of batches(rows, size)) {
      simulateFailure(opts, batchCount);
      await db.write((tx) => tx.run(cypher(query), { rows: batch }));
      done += batch.length;
      batchCount++;
      opts.onProgress?.(done, total, step);
    }
  }
  await inOneTransaction(db, async (tx) => {
    const lock = await tx.run(cypher('ingest/lock-meta'), { run: randomUUID() });
    const entities = await tx.run(cypher('ingest/count-entities'));
    if (toPlain(lock.records[0]?.get('dataVersion')) !== null || toPlain(entities.records[0]?.get('entities')) !== 0) {
      throw new AtlasError('INGEST_FAILED', 'The graph changed while this import was being staged (another import ran). Run the import again.');
    }
    simulateFailure(opts, batchCount);
    await tx.run(cypher('ingest/staging-publish'));
    await writeMeta(tx, opts);
    opts.onProgress?.(done, total, 'commit');
  });
}
