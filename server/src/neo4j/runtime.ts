/**
 * Brings up the Neo4j the config asks for: the embedded one (default) or an external server
 * (`NEO4J_URI`), and returns a connected {@link Database} plus a `stop` that releases both.
 *
 * The embedded JVM is supervised: when it dies without being asked to (a crash, the OOM killer,
 * a stray `kill -9`), one line is logged and it is started again on the same port and store,
 * after 0.5 s, then 2, 4, ... up to 30 s between attempts, for as long as the app runs. The
 * driver keeps its address, so the API serves again as soon as Bolt answers; `health()` says
 * what is going on for /healthz and /readyz.
 *
 * A JVM that has only just said "ready" can be slow to take its first connection on a busy
 * machine, so connecting is retried (within the start timeout) rather than failing at once.
 *
 * @example
 * const { db, health, stop } = await openNeo4j(loadConfig().neo4j, 10_000, { onProgress: console.log, onProblem: console.warn });
 * health?.(); // { mode: 'embedded', state: 'up', restarts: 0, failedAttempts: 0 }
 * await stop();
 */
import type { Neo4jConfig } from '../config.ts';
import { AtlasError } from '../errors.ts';
import { connect, type ConnectOptions, type Database } from './database.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type Exit } from './launcher.ts';

export interface Neo4jHealth {
  mode: Neo4jConfig['mode'];
  /** `up`: running (or external); `restarting`: the embedded JVM died and is being started again. */
  state: 'up' | 'restarting';
  /** How often the embedded JVM was restarted since `npm start`. */
  restarts: number;
  /** One sentence about the last crash or failed restart, while restarting. */
  problem?: string;
  /** Consecutive failed restart attempts (0 while up). */
  failedAttempts: number;
}

export interface Neo4jRuntime {
  db: Database;
  /** `embedded` when this process launched the JVM. */
  mode: Neo4jConfig['mode'];
  /** Absent for a plain connection (e.g. `npm run ingest` talking to a running app). */
  health?: () => Neo4jHealth;
  stop(): Promise<void>;
}

export interface RuntimeHooks {
  onProgress?: (m: string) => void;
  /** Crashes and failed restarts (default: onProgress). */
  onProblem?: (m: string) => void;
  /** Backoff between restart attempts; tests shorten it. */
  restartDelaysMs?: readonly number[];
  /** First start only: bulk-import this manifest into the empty store (ingest/bulk.ts); never on a restart. */
  importManifest?: string;
  /** First start of the embedded Neo4j only: runs while its JVM starts (npm start prepares data/ meanwhile). */
  whileStarting?: () => void;
}

/** The first restart comes at once (recovery of the store takes long enough); then 2, 4, ... 30 s. */
export const RESTART_DELAYS_MS = [500, 2_000, 4_000, 8_000, 16_000, 30_000] as const;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function describeExit(exit: Exit): string {
  return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
}

/** Connects, retrying while the server cannot be reached yet (never on a refused password). */
export async function connectPatiently(opts: ConnectOptions, withinMs: number): Promise<Database> {
  const until = Date.now() + withinMs;
  for (let delay = 500; ; delay = Math.min(delay * 2, 5_000)) {
    try {
      return await connect(opts);
    } catch (err) {
      const retryable = err instanceof AtlasError && err.code === 'NEO4J_UNREACHABLE';
      if (!retryable || Date.now() + delay > until) throw err;
      await sleep(delay);
    }
  }
}

export async function openNeo4j(config: Neo4jConfig, queryTimeoutMs: number, hooks: RuntimeHooks | ((m: string) => void) = {}): Promise<Neo4jRuntime> {
  const { onProgress, onProblem = onProgress, restartDelaysMs = RESTART_DELAYS_MS, importManifest, whileStarting } = typeof hooks === 'function' ? { onProgress: hooks } : hooks;
  if (config.mode === 'external') {
    const db = await connect({ ...config, queryTimeoutMs });
    return { db, mode: 'external', health: () => ({ mode: 'external', state: 'up', restarts: 0, failedAttempts: 0 }), stop: () => db.close() };
  }
  let current: EmbeddedNeo4j = await startEmbeddedNeo4j({ ...config, onProgress, importManifest, whileStarting });
  let db: Database;
  try {
    db = await connectPatiently(
      { uri: current.uri, user: current.user, password: current.password, database: config.database, queryTimeoutMs },
      config.startTimeoutS * 1000,
    );
  } catch (err) {
    await current.stop();
    throw err;
  }

  const health: Neo4jHealth = { mode: 'embedded', state: 'up', restarts: 0, failedAttempts: 0 };
  let stopping = false;
  let restarting: Promise<void> | undefined;

  const restart = async (exit: Exit): Promise<void> => {
    health.state = 'restarting';
    health.problem = `The embedded Neo4j stopped unexpectedly (${describeExit(exit)}).`;
    onProblem?.(`${health.problem} Restarting it; the API answers SERVICE_UNAVAILABLE until it is back.`);
    for (let attempt = 0; !stopping; attempt++) {
      await sleep(restartDelaysMs[Math.min(attempt, restartDelaysMs.length - 1)]!);
      if (stopping) return;
      try {
        current = await startEmbeddedNeo4j({ ...config, restart: true });
        health.state = 'up';
        health.restarts++;
        health.failedAttempts = 0;
        delete health.problem;
        onProgress?.(`The embedded Neo4j is running again (restart ${health.restarts}).`);
        watch(current);
        return;
      } catch (err) {
        health.failedAttempts++;
        health.problem = `Restarting the embedded Neo4j failed ${health.failedAttempts} time(s): ${(err as Error).message}`;
        onProblem?.(health.problem);
      }
    }
  };
  const watch = (jvm: EmbeddedNeo4j) =>
    void jvm.exited.then((exit) => {
      if (stopping || jvm !== current) return;
      restarting = restart(exit).finally(() => (restarting = undefined));
    });
  watch(current);

  return {
    db,
    mode: 'embedded',
    health: () => ({ ...health }),
    async stop() {
      stopping = true;
      await restarting?.catch(() => undefined);
      await db.close().catch(() => undefined);
      await current.stop();
    },
  };
}
