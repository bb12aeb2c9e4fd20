/**
 * `npm start`: builds the client if needed, starts Neo4j (embedded unless NEO4J_URI is set),
 * loads data/ when the graph is empty or older than the data, and serves the explorer and the
 * GraphQL API. Ctrl-C stops everything, the embedded JVM included.
 */
import { loadConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { openNeo4j, type Neo4jRuntime } from '../neo4j/runtime.ts';
import { syncDataIfStale } from './sync-on-start.ts';
import { ensureClientBuilt } from './build-client.ts';
import { fail } from './fail.ts';
import { ensureIde } from '../http/ide/build.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const say = (m: string) => logger.info(m);

  ensureClientBuilt(say);
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
    logger.fatal({ err }, 'Unexpected error');
    void stop(1);
  });

  try {
    runtime = await openNeo4j(config.neo4j, config.queryTimeoutMs, say);
    say(runtime.mode === 'embedded' ? `Neo4j (embedded) ready at ${config.neo4j.uri}` : `Using Neo4j at ${config.neo4j.uri}`);
    if (config.autoIngest) await syncDataIfStale(runtime.db, config, logger);
    await ide;
    const { createHttpServer } = await import('../http/app.ts');
    const http = await createHttpServer({ db: runtime.db, config, logger });
    closeHttp = http.close;
    const shown = http.url.replace('127.0.0.1', 'localhost');
    process.stdout.write(`\n  Cyber Norms Atlas is running.\n  Explorer:  ${shown}/\n  GraphQL:   ${shown}/graphql\n\n  Press Ctrl-C to stop.\n\n`);
  } catch (err) {
    await runtime?.stop().catch(() => undefined);
    fail(err, logger);
  }
}

void main().catch((err) => fail(err));
