/**
 * Child-process entry: the real HTTP server (server/src/http/app.ts) against a given Neo4j,
 * started by bench/lib/api-process.ts. A separate process so that the server's memory (RSS) is
 * its own and not the load generator's, and so that a crash of the server shows as a crash.
 *
 * Environment: BENCH_NEO4J_URI, BENCH_NEO4J_PASSWORD, BENCH_API_PORT. Tells the parent `{ type: 'ready', url }` over
 * IPC; stops on the message 'stop'.
 *
 * The rate limit is lifted (a benchmark measures the engine, not the limiter: at 32 clients the
 * default 600 requests a minute would answer 429 after a second); everything else is the
 * production configuration.
 */
import { loadConfig } from '../../server/src/config.ts';
import { createLogger } from '../../server/src/log.ts';
import { connect } from '../../server/src/neo4j/database.ts';

const uri = process.env.BENCH_NEO4J_URI ?? '';
const port = process.env.BENCH_API_PORT ?? '';

async function main(): Promise<void> {
  const config = loadConfig(
    { NEO4J_URI: uri, PORT: port, HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '1000000000', LOG_LEVEL: 'error', AUTO_INGEST: 'false' },
    false,
  );
  const logger = createLogger('error');
  const db = await connect({ uri, user: 'neo4j', password: process.env.BENCH_NEO4J_PASSWORD ?? '', database: 'neo4j', queryTimeoutMs: config.queryTimeoutMs });
  const { createHttpServer } = await import('../../server/src/http/app.ts');
  const server = await createHttpServer({ db, config, logger });
  process.on('message', (m) => {
    if (m === 'stop') {
      void server
        .close()
        .then(() => db.close())
        .finally(() => process.exit(0));
    }
  });
  process.send?.({ type: 'ready', url: server.url });
}

main().catch((err) => {
  process.stderr.write(`api-server failed: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
