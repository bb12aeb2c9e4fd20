/**
 * `npm start`: builds the client if needed, starts Neo4j (embedded unless NEO4J_URI is set),
 * loads data/ when the graph is empty or older than the data, and serves the explorer and the
 * GraphQL API. Ctrl-C stops everything, the embedded JVM included.
 *
 * On a busy machine a just-started JVM is slow: connecting is retried (runtime.ts), the first
 * load gets a patient query timeout and is retried after a transient failure (Neo4j not
 * answering, a transaction stopped by its timeout). Every failure ends in one sentence (fail.ts).
 */
import { loadConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { classify } from '../neo4j/availability.ts';
import { makeDatabase } from '../neo4j/database.ts';
import { openNeo4j, type Neo4jRuntime } from '../neo4j/runtime.ts';
import { prepareData, type Prepared } from '../ingest/index.ts';
import { syncDataIfStale } from './sync-on-start.ts';
import { buildClient } from './build-client.ts';
import { fail, plainSentence } from './fail.ts';
import { ensureIde } from '../http/ide/build.ts';

/** Waits between attempts of the first sync after a transient failure. */
const SYNC_RETRY_DELAYS_MS = [2_000, 5_000, 10_000];
/** Queries of the start-up sync may take this long (the API's own timeout stays short). */
const SYNC_QUERY_TIMEOUT_MS = 120_000;

async function syncWithRetries(runtime: Neo4jRuntime, config: ReturnType<typeof loadConfig>, logger: ReturnType<typeof createLogger>, prepared: Prepared | undefined): Promise<void> {
  // A second view of the same driver with a patient timeout; closing the runtime closes both.
  const patient = makeDatabase(runtime.db.driver, runtime.db.database, Math.max(config.queryTimeoutMs, SYNC_QUERY_TIMEOUT_MS));
  for (let attempt = 0; ; attempt++) {
    try {
      return await syncDataIfStale(patient, config, logger, prepared);
    } catch (err) {
      const delay = SYNC_RETRY_DELAYS_MS[attempt];
      if (delay === undefined || classify(err) === 'other') throw err;
      logger.warn(`Loading data/ failed (${plainSentence(err)}); retrying in ${delay / 1000} s.`);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const say = (m: string) => logger.info(m);

  // The explorer builds (first start, or after a change in client/) while Neo4j starts.
  const client = buildClient(say);
  client.catch(() => undefined); // awaited below, where a failure is reported
  // The GraphQL IDE builds (first start only) while Neo4j starts; without it /graphql in a
  // browser explains how to build it, so a failure here is a warning, not a stop.
  const ide = ensureIde({ quiet: true }).catch((err: unknown) => logger.warn({ err }, 'The GraphQL IDE could not be built; /graphql still answers queries.'));
  let runtime: Neo4jRuntime | undefined;
  let closeHttp: (() => Promise<void>) | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('Stopping...');
    await closeHttp?.().catch(() => undefined);
    await runtime?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  process.on('uncaughtException', (err) => {
    logger.fatal(`Unexpected error: ${plainSentence(err)}`);
    logger.debug({ err }, 'the error in full');
    void stop(1);
  });

  // Why overlap: the JVM takes seconds to start, and so do loading the API's modules and reading
  // data/ (start-up time is issue 16's second start). The modules load while Neo4j starts, and
  // data/ is prepared right after the JVM is launched.
  const app = import('../http/app.ts');
  app.catch(() => undefined); // awaited below, where a failure is reported; not "unhandled" before
  let prepared: Prepared | undefined;
  const prepareWhileStarting = () => {
    try {
      if (config.autoIngest) prepared = prepareData({ dataDir: config.dataDir });
    } catch {
      // The sync prepares again and reports what went wrong.
    }
  };

  try {
    runtime = await openNeo4j(config.neo4j, config.queryTimeoutMs, { onProgress: say, onProblem: (m) => logger.warn(m), whileStarting: prepareWhileStarting });
    say(runtime.mode === 'embedded' ? `Neo4j (embedded) ready at ${config.neo4j.uri}` : `Using Neo4j at ${config.neo4j.uri}`);
    if (config.autoIngest) await syncWithRetries(runtime, config, logger, prepared);
    await ide;
    await client;
    const { createHttpServer } = await app;
    const http = await createHttpServer({ db: runtime.db, config, logger, neo4jHealth: runtime.health });
    closeHttp = http.close;
    const shown = http.url.replace('127.0.0.1', 'localhost');
    process.stdout.write(`\n  Cyber Norms Atlas is running.\n  Explorer:  ${shown}/\n  GraphQL:   ${shown}/graphql\n\n  Press Ctrl-C to stop.\n\n`);
  } catch (err) {
    await runtime?.stop().catch(() => undefined);
    fail(err, logger);
  }
}

void main().catch((err) => fail(err));
