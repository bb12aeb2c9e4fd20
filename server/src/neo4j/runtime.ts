/**
 * Brings up the Neo4j the config asks for: the embedded one (default) or an external server
 * (`NEO4J_URI`), and returns a connected {@link Database} plus a `stop` that releases both.
 *
 * @example
 * const { db, stop } = await openNeo4j(loadConfig(), console.log);
 * await stop();
 */
import type { Neo4jConfig } from '../config.ts';
import { connect, type Database } from './database.ts';
import { startEmbeddedNeo4j } from './launcher.ts';

export interface Neo4jRuntime {
  db: Database;
  /** `embedded` when this process launched the JVM. */
  mode: Neo4jConfig['mode'];
  stop(): Promise<void>;
}

export async function openNeo4j(config: Neo4jConfig, queryTimeoutMs: number, onProgress?: (m: string) => void): Promise<Neo4jRuntime> {
  if (config.mode === 'external') {
    const db = await connect({ ...config, queryTimeoutMs });
    return { db, mode: 'external', stop: () => db.close() };
  }
  const embedded = await startEmbeddedNeo4j({ ...config, onProgress });
  try {
    const db = await connect({ uri: embedded.uri, user: config.user, password: config.password, database: config.database, queryTimeoutMs });
    return {
      db,
      mode: 'embedded',
      async stop() {
        await db.close().catch(() => undefined);
        await embedded.stop();
      },
    };
  } catch (err) {
    await embedded.stop();
    throw err;
  }
}
