/**
 * At start: loads data/ into the graph when the graph is empty or holds another version of
 * the data. Invalid data never replaces a good graph: the errors are printed and the last
 * good version keeps being served; with an empty graph, invalid data stops the start.
 */
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Database } from '../neo4j/database.ts';
import { DataInvalidError, formatError, prepareData, runIngest } from '../ingest/index.ts';
import { readMeta } from '../ingest/load.ts';

export async function syncDataIfStale(db: Database, config: Config, logger: Logger): Promise<void> {
  const prepared = prepareData({ dataDir: config.dataDir, seedsDir: config.seedsDir });
  const meta = await readMeta(db);
  if (prepared.errors.length) {
    if (!meta.dataVersion) throw new DataInvalidError(prepared.errors);
    logger.warn(`data/ has ${prepared.errors.length} error(s); still serving the version loaded at ${meta.loadedAt}. Fix them and run \`npm run ingest\`:\n${prepared.errors.map(formatError).join('\n')}`);
    return;
  }
  if (meta.dataVersion === prepared.dataVersion) {
    logger.info(`Graph is up to date with data/ (version ${prepared.dataVersion}).`);
    return;
  }
  logger.info(meta.dataVersion ? 'data/ changed since the last load: syncing the graph...' : 'Empty graph: loading data/...');
  const result = await runIngest({ db, dataDir: config.dataDir, seedsDir: config.seedsDir, prepared });
  logger.info(`Loaded data version ${result.dataVersion}: ${result.rows} rows written in ${(result.ms / 1000).toFixed(1)} s.`);
}
