/**
 * An embedded Neo4j of the benchmark's own: a temporary store (or a given copy) and a free port,
 * never the user's store or port. Also the fault hooks of the soak: kill the JVM with SIGKILL
 * and start it again on the same store and port.
 *
 * Why heap 6 GB by default: ingestion loads everything in one transaction, and Neo4j keeps a
 * transaction's state on the heap until commit; a million relationships need several GB
 * (bench/ingest.ts records the JVM's peak). The machine this was written for has 24 GB.
 *
 * @example
 * const neo = await startBenchNeo4j({});
 * await neo.db.read('queries/stats');
 * await neo.stop(); // and the temporary store is deleted
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { connect, type Database } from '../../server/src/neo4j/database.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/neo4j/launcher.ts';
import { freePort } from '../../tests/support/ports.ts';
import { procMemory } from './proc.ts';

export interface BenchNeo4jOptions {
  /** Store folder to use (kept at stop); default: a new temporary folder, deleted at stop. */
  storeDir?: string;
  heapMb?: number;
  pageCacheMb?: number;
  log?: (message: string) => void;
}

export interface BenchNeo4j {
  uri: string;
  /** The password of the user neo4j (authentication is on, as in the app). */
  password: string;
  port: number;
  storeDir: string;
  /** The current JVM's pid (changes after restart). */
  pid(): number;
  db: Database;
  /** SIGKILL the JVM: no shutdown, no checkpoint, as a crash or an OOM killer would. */
  kill(): void;
  /** Starts the JVM again on the same store and port (after kill). */
  restart(): Promise<void>;
  /** Heap used and committed, in MB, from JMX when Neo4j exposes it; otherwise null. */
  heap(): Promise<{ usedMb: number; committedMb: number; maxMb: number } | null>;
  /** Resident memory of the JVM from /proc. */
  rss(): { rssMb: number; peakRssMb: number } | null;
  /** Clean shutdown (checkpoint); a temporary store is deleted unless `keepStore`. */
  stop(opts?: { keepStore?: boolean }): Promise<void>;
}

export const BENCH_HEAP_MB = 6144;
export const BENCH_PAGECACHE_MB = 2048;

export async function startBenchNeo4j(opts: BenchNeo4jOptions = {}): Promise<BenchNeo4j> {
  const temporary = opts.storeDir === undefined;
  const storeDir = opts.storeDir ?? mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-neo4j-'));
  const port = await freePort();
  const launch = () =>
    startEmbeddedNeo4j({
      storeDir,
      boltPort: port,
      heapMb: opts.heapMb ?? BENCH_HEAP_MB,
      pageCacheMb: opts.pageCacheMb ?? BENCH_PAGECACHE_MB,
      // One import is one transaction: let it run as long as it needs.
      txTimeoutS: 3600,
      startTimeoutS: 600,
      onProgress: (m) => opts.log?.(m),
    });
  let embedded: EmbeddedNeo4j = await launch();
  const uri = embedded.uri;
  let db: Database;
  try {
    // Patient: on a machine other work keeps busy, the first Bolt handshakes can miss the
    // driver's 5 s acquisition timeout although Neo4j is up (seen with a load average of 28).
    for (let attempt = 1; ; attempt++) {
      try {
        db = await connect({ uri, user: 'neo4j', password: embedded.password, database: 'neo4j', queryTimeoutMs: 600_000 });
        break;
      } catch (err) {
        if ((err as { code?: string }).code !== 'NEO4J_UNREACHABLE' || attempt >= 12) throw err;
        opts.log?.(`Neo4j not reachable yet (attempt ${attempt}); retrying in 5 s...`);
        await new Promise((r) => setTimeout(r, 5000));
      }
    }
  } catch (err) {
    await embedded.stop();
    throw err;
  }
  let jmx: boolean | undefined;
  return {
    uri,
    password: embedded.password,
    port,
    storeDir,
    pid: () => embedded.pid,
    db,
    kill: () => {
      process.kill(embedded.pid, 'SIGKILL');
    },
    async restart() {
      embedded = await launch();
    },
    async heap() {
      if (jmx === false) return null;
      try {
        const res = await db.driver.executeQuery(
          "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap",
          {},
          { database: db.database, routing: 'READ' },
        );
        const h = res.records[0]?.get('heap') as Record<string, unknown> | undefined;
        const mb = (v: unknown) => Math.round((neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v)) / 1048576);
        jmx = h !== undefined;
        return h ? { usedMb: mb(h.used), committedMb: mb(h.committed), maxMb: mb(h.max) } : null;
      } catch (err) {
        // No such procedure (or it is not allowed): fall back to RSS for good.
        if (/ProcedureNotFound|no procedure/i.test(String((err as Error).message ?? err)) || (err as { code?: string }).code === 'Neo.ClientError.Procedure.ProcedureNotFound') jmx = false;
        return null;
      }
    },
    rss: () => procMemory(embedded.pid),
    async stop(o = {}) {
      await db.close().catch(() => undefined);
      await embedded.stop().catch(() => undefined);
      if (temporary && !o.keepStore) rmSync(storeDir, { recursive: true, force: true });
    },
  };
}
