/**
 * The first load of an empty embedded store with Neo4j's own bulk importer: the prepared,
 * validated rows (prepareData: the same validation, normalisation, linking and provenance as any
 * sync) and their stored degrees (degrees.ts, computed from the rows) are written as importer
 * CSV into a folder inside the store (bulk-csv.ts), the launcher imports them before the
 * database starts (server/neo4j/.../BulkImport.java), and then, through Bolt, the schema is
 * created, the few values CSV cannot carry are set, and the sync marker (the
 * data version, counts per file) is written exactly as a sync writes it, so the next
 * `npm run ingest` finds an up-to-date graph and changes nothing.
 *
 * Why not through Cypher: one million relationships through UNWIND batches took minutes
 * (bench/results/latest.md); the importer writes the store files directly.
 *
 * Used only for the embedded Neo4j, a store that does not hold the database yet, and the default
 * database name (the importer writes `neo4j`); otherwise {@link openForFirstLoad} opens Neo4j as
 * usual and the normal sync loads. An interrupted bulk load (the process killed during the import
 * or before the marker is written) leaves `bulk-load.pending` in the store: the next run deletes
 * the half-made database and imports again. Readers never see it: the API serves only after the
 * first load returns, and the marker (data version) is written last.
 *
 * @example
 * const prepared = prepareData({ dataDir: 'data' });
 * const { runtime, bulk } = await openForFirstLoad(config.neo4j, 10_000, prepared, { onProgress: console.log });
 * bulk?.ms; // the bulk load's time, or undefined when the store was not empty
 */
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Neo4jConfig } from '../config.ts';
import { cypher } from '../neo4j/cypher.ts';
import type { Database } from '../neo4j/database.ts';
import { openNeo4j, type Neo4jRuntime, type RuntimeHooks } from '../neo4j/runtime.ts';
import { writeImportFiles, type Fixups } from './bulk-csv.ts';
import type { Prepared } from './index.ts';
import { degreesOf } from './degrees.ts';
import { applySchema } from './load.ts';

type Embedded = Extract<Neo4jConfig, { mode: 'embedded' }>;

const PENDING = 'bulk-load.pending';
const IMPORT_DIR = 'bulk-import';
const FIX_BATCH = 10_000;
/**
 * Below this many rows the normal load is used: the importer costs a fixed few seconds (its own
 * page cache, id mapping, a JVM start with it), which only pays off for a large corpus (the same
 * size above which load.ts stages a first load).
 */
export const BULK_THRESHOLD = 200_000;

export interface BulkResult {
  ms: number;
  /** Milliseconds per phase: files (CSV and stored degrees), import and start (JVM), schema, fixups, marker. */
  phases: Record<string, number>;
  nodes: number;
  rels: number;
  fixups: { nodes: number; rels: number };
}

/** Where the embedded launcher keeps the default database (Launcher.java: home = `<storeDir>/db`). */
function databaseDirs(storeDir: string): string[] {
  const data = path.join(storeDir, 'db', 'data');
  return [path.join(data, 'databases', 'neo4j'), path.join(data, 'transactions', 'neo4j')];
}

/** True when a bulk load can fill this store: embedded, default database, and no database yet (or a half-made one). */
export function canBulkLoad(config: Neo4jConfig): config is Embedded {
  if (config.mode !== 'embedded' || config.database !== 'neo4j') return false;
  return existsSync(path.join(config.storeDir, PENDING)) || !existsSync(databaseDirs(config.storeDir)[0]!);
}

/**
 * Opens Neo4j for a sync of `prepared`: on an empty embedded store, with the bulk importer
 * (returns `bulk`); otherwise as {@link openNeo4j} does, and the caller's sync does the rest.
 */
export async function openForFirstLoad(
  config: Neo4jConfig,
  queryTimeoutMs: number,
  prepared: Prepared,
  hooks: RuntimeHooks & { minRows?: number } = {},
): Promise<{ runtime: Neo4jRuntime; bulk?: BulkResult }> {
  const big = prepared.nodes.length + prepared.rels.length >= (hooks.minRows ?? BULK_THRESHOLD);
  if (prepared.errors.length || !big || !canBulkLoad(config)) return { runtime: await openNeo4j(config, queryTimeoutMs, hooks) };
  return bulkFirstLoad(config, queryTimeoutMs, prepared, hooks);
}

async function bulkFirstLoad(config: Embedded, queryTimeoutMs: number, prepared: Prepared, hooks: RuntimeHooks): Promise<{ runtime: Neo4jRuntime; bulk: BulkResult }> {
  const started = performance.now();
  const phases: Record<string, number> = {};
  let mark = started;
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - mark);
    mark = now;
  };
  const pending = path.join(config.storeDir, PENDING);
  const dir = path.join(config.storeDir, IMPORT_DIR);
  // A pending marker means a bulk load never finished: what it left is not a graph anyone saw.
  if (existsSync(pending)) for (const d of databaseDirs(config.storeDir)) rmSync(d, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  writeFileSync(pending, `${new Date().toISOString()}\n`);

  hooks.onProgress?.(`Empty store: writing ${prepared.nodes.length} entities and ${prepared.rels.length} relationships for Neo4j's bulk importer...`);
  // Stored degrees (degrees.ts) as importer columns, as a staged first load writes them after
  // publishing: the graph is complete when a sync first sees it, without a pass over it.
  const files = writeImportFiles(dir, prepared, { degrees: degreesOf(prepared) });
  phase('files');
  const runtime = await openNeo4j(config, queryTimeoutMs, { ...hooks, importManifest: files.manifest });
  phase('import and start');
  try {
    await applySchema(runtime.db);
    phase('schema');
    await applyFixups(runtime.db, files.fixups);
    phase('fixups');
    await writeMarker(runtime.db, prepared);
    phase('marker');
  } catch (err) {
    await runtime.stop();
    throw err;
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(pending, { force: true });
  const bulk = { ms: performance.now() - started, phases, nodes: prepared.nodes.length, rels: prepared.rels.length, fixups: { nodes: files.fixups.nodes.length, rels: files.fixups.rels.length } };
  return { runtime, bulk };
}

/** Values the importer could not carry, in batches of their own transactions (no reader yet). */
async function applyFixups(db: Database, fixups: Fixups): Promise<void> {
  for (const [query, rows] of [['ingest/bulk-fix-nodes', fixups.nodes], ['ingest/bulk-fix-rels', fixups.rels]] as const) {
    for (let i = 0; i < rows.length; i += FIX_BATCH) {
      const batch = rows.slice(i, i + FIX_BATCH);
      await db.write((tx) => tx.run(cypher(query), { rows: batch }));
    }
  }
}

/** The marker a sync leaves (load.ts: lock-meta, write-meta, publish-end), with the same counts. */
async function writeMarker(db: Database, prepared: Prepared): Promise<void> {
  const run = randomUUID();
  const counts = { nodes: prepared.nodes.length, relationships: prepared.rels.length, files: prepared.fileCounts };
  await db.write(async (tx) => {
    await tx.run(cypher('ingest/lock-meta'), { run });
    await tx.run(cypher('ingest/write-meta'), { dataVersion: prepared.dataVersion, loadedAt: new Date().toISOString(), counts: JSON.stringify(counts) });
  });
  await db.write((tx) => tx.run(cypher('ingest/publish-end'), { run }));
}
