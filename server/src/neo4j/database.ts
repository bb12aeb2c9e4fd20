/**
 * The one door to Neo4j: a driver, the database name, and helpers that run named `.cypher`
 * files in read or write transactions with a timeout.
 *
 * Reads run in READ sessions. With an external server the API can (and should) be given a
 * read-only user; the embedded server (Community edition) has one user, an admin with the
 * store's random password (credentials.ts), so the API additionally relies on
 * `executeRead` + routing to readers and on the fact that no public code path names a write
 * query (see tests/integration/security.test.ts).
 *
 * @example
 * const db = await connect({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: readCredentials('.neo4j')!.password, database: 'neo4j' });
 * const rows = await db.read('queries/entity', { id: 'state:FRA' });
 * await db.close();
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { AtlasError } from '../errors.ts';
import { readConsistently } from './consistent.ts';
import { cypher } from './cypher.ts';
import { toPlain } from './values.ts';

export interface ConnectOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** How long one query may run before Neo4j aborts it. */
  queryTimeoutMs?: number;
}

export type Row = Record<string, unknown>;

export interface Database {
  driver: Driver;
  database: string;
  queryTimeoutMs: number;
  /** Runs a named query file (e.g. `queries/search`) in a read transaction; plain rows back. */
  read(name: string, params?: Row, opts?: { timeoutMs?: number }): Promise<Row[]>;
  /** Runs a callback in one write transaction (ingestion only). */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>, opts?: { timeoutMs?: number }): Promise<T>;
  /** Neo4j answers a trivial query (used by /readyz). */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export function rowsOf(result: QueryResult): Row[] {
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

/** Maps a driver error at connection time to one plain sentence. */
export function connectionError(err: unknown, uri: string): AtlasError {
  const e = err as { code?: string; message?: string };
  const code = e.code ?? '';
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new AtlasError('NEO4J_AUTH', `Neo4j at ${uri} refused the user name or password. Check NEO4J_USER and NEO4J_PASSWORD.`);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new AtlasError('NEO4J_UNREACHABLE', `Neo4j at ${uri} has no database of that name. Check NEO4J_DATABASE.`);
  }
  return new AtlasError('NEO4J_UNREACHABLE', `Neo4j at ${uri} cannot be reached (${(e.message ?? String(err)).split('\n')[0]}). Check that it is running and that NEO4J_URI is right.`);
}

/**
 * Creates a driver and checks that the server answers, accepts the credentials, has the
 * database and runs Neo4j 5 or later. Fails fast with an {@link AtlasError}.
 */
export async function connect(opts: ConnectOptions): Promise<Database> {
  // neo4j-driver 6 or later (package.json): it turns Nagle's algorithm off on its sockets
  // (TCP_NODELAY); 5.28 did not. The driver writes a Bolt message in pieces of 1,400 bytes, so
  // any query whose text and parameters passed that size held its last piece until the server
  // acknowledged the first, and Linux delays that acknowledgement by about 40 ms. Measured on
  // the scale-1 graph: the same empty-result query 55-62 ms with 5.28.3, 13-27 ms with 6.3.0,
  // the server's own time 3-5 ms either way (cypher/queries/timeline.plan.md).
  const driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
    // Fail fast during an outage instead of queueing requests for a minute.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    // Retries hide a blip but would make every request wait during a real outage.
    maxTransactionRetryTime: 1_000,
    maxConnectionPoolSize: 64,
    userAgent: 'cyber-norms-atlas',
  });
  const queryTimeoutMs = opts.queryTimeoutMs ?? 10_000;
  try {
    await driver.verifyConnectivity({ database: opts.database });
    const info = await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS version', {}, { database: opts.database, routing: 'READ' });
    const version = String(info.records[0]?.get('version') ?? '0');
    const major = Number(version.split('.')[0]);
    if (!(major >= 5)) {
      throw new AtlasError('NEO4J_VERSION', `Neo4j at ${opts.uri} runs version ${version}; Cyber Norms Atlas needs Neo4j 5 or later.`);
    }
  } catch (err) {
    await driver.close();
    throw err instanceof AtlasError ? err : connectionError(err, opts.uri);
  }
  return makeDatabase(driver, opts.database, queryTimeoutMs);
}

export function makeDatabase(driver: Driver, database: string, queryTimeoutMs: number): Database {
  return {
    driver,
    database,
    queryTimeoutMs,
    async read(name, params = {}, o = {}) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        const timeout = o.timeoutMs ?? queryTimeoutMs;
        // Never half of a sync: see consistent.ts.
        const result = await session.executeRead((tx) => readConsistently(tx, cypher(name), params, Date.now() + timeout), { timeout });
        return rowsOf(result);
      } finally {
        await session.close();
      }
    },
    async write(work, o = {}) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(work, { timeout: o.timeoutMs ?? 600_000 });
      } finally {
        await session.close();
      }
    },
    async ping(timeoutMs = 2_000) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        await Promise.race([
          session.executeRead((tx) => tx.run('RETURN 1'), { timeout: timeoutMs }),
          new Promise((_, reject) => setTimeout(() => reject(new Error('ping timeout')), timeoutMs)),
        ]);
        return true;
      } catch {
        return false;
      } finally {
        await session.close().catch(() => undefined);
      }
    },
    close: () => driver.close(),
  };
}
