/**
 * `npm run ingest [-- --data DIR] [--plan] [--allow-removal] [--papers FILE...] [--batch-size N]`
 *
 * Validates data/ (every error at once, with file, line and field; any error: nothing is
 * written, exit 1), then syncs the graph in one transaction and prints counts per kind.
 * `--plan` prints what would be created, changed and removed without writing.
 * `--allow-removal` lets a sync remove more than a fifth of what a file held (see ingest/guard.ts).
 * `--papers FILE...` first imports bibliographic files (BibTeX, RIS, CSL-JSON, plain text) into
 * data/papers/imported.yaml, so they stay part of the curated data.
 *
 * Uses NEO4J_URI when set; otherwise the embedded Neo4j of a running `npm start` if its Bolt
 * port answers, or starts the embedded one for the duration of the import.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig, type Config } from '../config.ts';
import { connect } from '../neo4j/database.ts';
import { openNeo4j, type Neo4jRuntime } from '../neo4j/runtime.ts';
import { prepareData, runIngest, type IngestResult, type Prepared } from '../ingest/index.ts';
import { openForFirstLoad } from '../ingest/bulk.ts';
import { importPapers } from '../ingest/bib.ts';
import { fail } from './fail.ts';
import { formatSummary } from './summary.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    plan: { type: 'boolean', default: false },
    'allow-removal': { type: 'boolean', default: false },
    papers: { type: 'string', multiple: true },
    'batch-size': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: true,
});

async function openForIngest(config: Config, prepared: Prepared | undefined): Promise<Neo4jRuntime> {
  if (config.neo4j.mode === 'embedded') {
    // A running `npm start` holds the store; talk to its Bolt port instead of failing on the lock.
    try {
      const db = await connect({ ...config.neo4j, queryTimeoutMs: config.queryTimeoutMs });
      process.stdout.write(`Using the running embedded Neo4j at ${config.neo4j.uri}\n`);
      return { db, mode: 'external', stop: () => db.close() };
    } catch {
      /* nothing answers there: start our own below */
    }
  }
  const say = (m: string) => process.stdout.write(`${m}\n`);
  // Our own embedded Neo4j: a large corpus into an empty store goes through the bulk importer (ingest/bulk.ts).
  if (prepared) {
    const { runtime, bulk } = await openForFirstLoad(config.neo4j, config.queryTimeoutMs, prepared, { onProgress: say });
    if (bulk) say(`Bulk-loaded ${bulk.nodes} entities and ${bulk.rels} relationships with Neo4j's importer in ${(bulk.ms / 1000).toFixed(1)} s; checking with a sync...`);
    return runtime;
  }
  return openNeo4j(config.neo4j, config.queryTimeoutMs, say);
}

function progressReporter(): { onProgress: (done: number, total: number, step: string) => void; stop: () => void } {
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar({ format: '  {bar} {percentage}% | {value}/{total} rows | {step}', hideCursor: true }, cliProgress.Presets.shades_classic);
    let started = false;
    return {
      onProgress(done, total, step) {
        if (!started) bar.start(total, 0, { step });
        started = true;
        bar.update(done, { step });
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastTenth = -1;
  return {
    onProgress(done, total, step) {
      const tenth = total ? Math.floor((done / total) * 10) : 10;
      if (tenth !== lastTenth || step === 'commit') process.stdout.write(`  ${step}: ${done}/${total} rows\n`);
      lastTenth = tenth;
    },
    stop: () => undefined,
  };
}

async function main(): Promise<void> {
  if (values.help) {
    process.stdout.write('Usage: npm run ingest -- [--data DIR] [--plan] [--allow-removal] [--papers FILE...] [--batch-size N]\n');
    return;
  }
  const config = loadConfig();
  const dataDir = path.resolve(values.data ?? config.dataDir);
  if (values.papers?.length) {
    const report = importPapers(values.papers.map((f) => path.resolve(f)), { dataDir, dryRun: values.plan });
    process.stdout.write(`${report.lines.join('\n')}\n`);
  }
  // Prepared once, before Neo4j starts: an empty store can then be bulk-loaded (not for --plan).
  const prepared = values.plan || config.neo4j.mode !== 'embedded' ? undefined : prepareData({ dataDir });
  const runtime = await openForIngest(config, prepared);
  const progress = progressReporter();
  let result: IngestResult;
  try {
    result = await runIngest({
      db: runtime.db,
      dataDir,
      prepared,
      dryRun: values.plan,
      allowRemoval: values['allow-removal'],
      batchSize: values['batch-size'] ? Number(values['batch-size']) : undefined,
      onProgress: progress.onProgress,
    });
  } finally {
    progress.stop();
    await runtime.stop();
  }
  process.stdout.write(formatSummary(result, values.plan));
}

void main().catch((err) => fail(err));
