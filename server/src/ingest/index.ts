/**
 * Ingestion: data/ → validated → normalised → linked → planned → loaded, all or nothing.
 *
 * @example
 * const prepared = prepareData({ dataDir: 'data' }); // no database
 * if (prepared.errors.length) console.error(prepared.errors.map(formatError).join('\n'));
 * const result = await runIngest({ db, dataDir: 'data' }); // throws DATA_INVALID, writes nothing, on any error
 * result.summary.nodes.State; // { created, changed, removed, total }
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.ts';
import { AtlasError } from '../errors.ts';
import type { Database } from '../neo4j/database.ts';
import { linkMentions } from './link.ts';
import { applyPlan, applySchema, clearStaging, readGraphState } from './load.ts';
import { contentHash, normalize, type NodeRow, type RelRow } from './normalize.ts';
import { removalNeedingConsent, RemovalNotAllowedError, type FileCounts } from './guard.ts';
import { planIsEmpty, planSync, summarisePlan, type ChangeCounts, type Plan } from './plan.ts';
import { plausibilityErrors } from './plausible.ts';
import { readDataFolder, type RawRecord } from './read.ts';
import { formatError, validateRecords, type ValidationError } from './validate.ts';

export { formatError, RemovalNotAllowedError, type ValidationError };

export interface PrepareOptions {
  dataDir: string;
  maxFileBytes?: number;
  /** Records from other sources (e.g. a bibliography being imported), validated with the rest. */
  extraRecords?: RawRecord[];
}

export interface Prepared {
  nodes: NodeRow[];
  rels: RelRow[];
  /** Content hash of everything that would be loaded. */
  dataVersion: string;
  errors: ValidationError[];
  files: string[];
  /** Records per data file, stored with each sync for the removal guard (guard.ts). */
  fileCounts: FileCounts;
}

/**
 * The texts of the seed documents (Document records with `file:`) live in the data folder's
 * seeds/ beside the records, so that the graph, MENTIONS from linking them included, is the same
 * in any clone: the product never reads the project's shared/ folder.
 */
export const SEED_TEXTS = 'seeds';

/** Reads, validates, normalises and links a data folder. No database needed. */
export function prepareData(opts: PrepareOptions): Prepared {
  const dataDir = path.resolve(ROOT, opts.dataDir);
  const seedsDir = path.join(dataDir, SEED_TEXTS);
  if (!existsSync(dataDir)) {
    return { nodes: [], rels: [], dataVersion: '', files: [], fileCounts: {}, errors: [{ file: dataDir, message: 'the data folder does not exist' }] };
  }
  const read = readDataFolder(dataDir, { maxFileBytes: opts.maxFileBytes });
  const validated = validateRecords([...read.records, ...(opts.extraRecords ?? [])], read.errors, { seedsDir });
  // Cross-record checks (limits Neo4j has, impossible dates, papers written twice) on what passed the schema.
  for (const e of plausibilityErrors(validated.nodes, validated.relations)) validated.errors.push(e);
  if (validated.errors.length) return { nodes: [], rels: [], dataVersion: '', files: read.files, fileCounts: {}, errors: validated.errors };

  // Seed documents carry their full text, so that linking and the inspector can use it.
  for (const n of validated.nodes) {
    const file = (n.record as { file?: string }).file;
    if (n.kind === 'Document' && file) {
      (n.record as Record<string, unknown>).text = readFileSync(path.join(seedsDir, file), 'utf8');
    }
  }
  const { nodes, rels } = normalize(validated.nodes, validated.relations);
  const allRels = dedupeRels([...rels, ...linkMentions(nodes)]);
  const dataVersion = contentHash([nodes.map((n) => n.props.hash), allRels.map((r) => r.props.hash)]);
  const fileCounts: FileCounts = {};
  for (const { raw } of [...validated.nodes, ...validated.relations]) fileCounts[raw.file] = (fileCounts[raw.file] ?? 0) + 1;
  return { nodes, rels: allRels, dataVersion, errors: [], files: read.files, fileCounts };
}

/** Derived relationships may repeat (an author listed twice): keep the first of each key. */
function dedupeRels(rels: RelRow[]): RelRow[] {
  const seen = new Set<string>();
  return rels.filter((r) => (seen.has(r.key) ? false : (seen.add(r.key), true)));
}

export interface IngestOptions extends PrepareOptions {
  db: Database;
  /** Plan only: report what would change, write nothing. */
  dryRun?: boolean;
  batchSize?: number;
  onProgress?: (done: number, total: number, step: string) => void;
  /** Test hook: fail after this many batches to prove nothing is half-written. */
  failAfterBatches?: number;
  /** Already prepared data (saves reading the folder twice). */
  prepared?: Prepared;
  /** Rows above which a first load into an empty graph is staged (tests lower it). */
  stagedThreshold?: number;
  /** Allow a sync that removes more than a fifth of what a file held (see guard.ts). */
  allowRemoval?: boolean;
}

export interface IngestResult {
  dataVersion: string;
  previousVersion: string | null;
  plan: Plan;
  summary: { nodes: ChangeCounts; rels: ChangeCounts };
  /** Differences made in the graph behind data/'s back that this sync put right (or, with dryRun, would). */
  repairs: string[];
  /** With dryRun: why the sync would stop and ask for allowRemoval (what would go), if it would. */
  removalWarning: string | null;
  changed: boolean;
  written: boolean;
  rows: number;
  ms: number;
}

export class DataInvalidError extends AtlasError {
  constructor(readonly errors: ValidationError[]) {
    super('DATA_INVALID', `The data has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written:\n${errors.map((e) => `  ${formatError(e)}`).join('\n')}`);
  }
}

export async function runIngest(opts: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const prepared = opts.prepared ?? prepareData(opts);
  if (prepared.errors.length) throw new DataInvalidError(prepared.errors);
  await applySchema(opts.db);
  if (!opts.dryRun) await clearStaging(opts.db); // leftovers of an interrupted staged load
  const state = await readGraphState(opts.db);
  const plan = planSync(prepared, state);
  const summary = summarisePlan(plan, prepared);
  const changed = !planIsEmpty(plan) || state.dataVersion !== prepared.dataVersion;
  const rows = [plan.nodes.create, plan.nodes.update, plan.nodes.remove, plan.rels.create, plan.rels.update, plan.rels.remove, plan.strays.nodes, plan.strays.rels].reduce((n, l) => n + l.length, 0);
  const removalWarning = opts.allowRemoval ? null : removalNeedingConsent(state.fileCounts, prepared.fileCounts, plan);
  if (removalWarning && !opts.dryRun) throw new RemovalNotAllowedError(removalWarning);
  if (!opts.dryRun && changed) {
    await applyPlan(opts.db, plan, {
      dataVersion: prepared.dataVersion,
      expectedVersion: state.dataVersion,
      counts: { nodes: prepared.nodes.length, relationships: prepared.rels.length, files: prepared.fileCounts },
      batchSize: opts.batchSize,
      onProgress: opts.onProgress,
      failAfterBatches: opts.failAfterBatches,
      stagedThreshold: opts.stagedThreshold,
    });
  }
  return { dataVersion: prepared.dataVersion, previousVersion: state.dataVersion, plan, summary, repairs: plan.repairs, removalWarning, changed, written: !opts.dryRun && changed, rows, ms: performance.now() - started };
}
