/**
 * At start: syncs data/ into the graph. The sync always compares the graph's content with
 * data/ (not only the recorded version), so a graph changed in Neo4j directly is put right and
 * the repairs are logged. Invalid data or a failed sync never replaces a good graph: the
 * problem is logged and the last good version keeps being served; only with an empty graph
 * does it stop the start.
 */
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Database } from '../neo4j/database.ts';
import { DataInvalidError, formatError, prepareData, RemovalNotAllowedError, runIngest, type Prepared } from '../ingest/index.ts';
import { readMeta } from '../ingest/load.ts';
import { formatRepairs } from './summary.ts';

/** `prepared`: data/ already read and validated (npm start does it while Neo4j starts). */
export async function syncDataIfStale(db: Database, config: Config, logger: Logger, prepared: Prepared = prepareData({ dataDir: config.dataDir })): Promise<void> {
  const meta = await readMeta(db);
  if (prepared.errors.length) {
    if (!meta.dataVersion) throw new DataInvalidError(prepared.errors);
    logger.warn(`data/ has ${prepared.errors.length} error(s); still serving the version loaded at ${meta.loadedAt}. Fix them and run \`npm run ingest\`:\n${prepared.errors.map(formatError).join('\n')}`);
    return;
  }
  if (!meta.dataVersion) logger.info('Empty graph: loading data/...');
  else if (meta.dataVersion !== prepared.dataVersion) logger.info('data/ changed since the last load: syncing the graph...');
  try {
    const result = await runIngest({ db, dataDir: config.dataDir, prepared });
    if (result.repairs.length) logger.warn(formatRepairs(result.repairs, false).trimEnd());
    if (result.written) logger.info(`Loaded data version ${result.dataVersion}: ${result.rows} rows written in ${(result.ms / 1000).toFixed(1)} s.`);
    else logger.info(`Graph is up to date with data/ (version ${prepared.dataVersion}; content checked).`);
  } catch (err) {
    if (!meta.dataVersion) throw err;
    // The sync is one transaction: when it fails, the graph is still the last good version.
    if (err instanceof RemovalNotAllowedError) {
      logger.warn(`${err.message}\nStill serving the version loaded at ${meta.loadedAt}.`);
      return;
    }
    const reason = (err as Error).message.split('\n')[0];
    logger.warn(`The sync of data/ failed (${reason}); still serving the version loaded at ${meta.loadedAt}. Fix the cause and run \`npm run ingest\`.`);
  }
}
