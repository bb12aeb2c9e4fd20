/**
 * Health endpoints for people and orchestrators:
 * - `/healthz`: the process is alive and serving HTTP (never touches Neo4j). It also says what
 *   the embedded Neo4j is doing (`neo4j: 'up' | 'restarting'`). While the app restarts a crashed
 *   JVM it stays 200 ("degraded": the app is healing itself, restarting the process would not
 *   help); after 5 failed restarts in a row it answers 503, so an orchestrator may step in.
 * - `/readyz`: Neo4j answers a trivial query within 2 s; otherwise 503 with the reason (and
 *   that a restart is under way, when it is). A successful ping also closes the outage breaker
 *   so GraphQL requests resume at once.
 */
import { Router } from 'express';
import type { Breaker } from '../neo4j/availability.ts';
import type { Database } from '../neo4j/database.ts';
import type { Neo4jHealth } from '../neo4j/runtime.ts';

/** Failed restarts in a row after which /healthz stops saying "alive". */
export const LIVENESS_FAILED_RESTARTS = 5;

const UP: Neo4jHealth = { mode: 'external', state: 'up', restarts: 0, failedAttempts: 0 };

export function healthRoutes(db: Database, breaker: Breaker, neo4jHealth: () => Neo4jHealth = () => UP): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    const h = neo4jHealth();
    const failing = h.failedAttempts >= LIVENESS_FAILED_RESTARTS;
    res
      .status(failing ? 503 : 200)
      .set('cache-control', 'no-store')
      .json({
        status: failing ? 'failing' : h.state === 'up' ? 'ok' : 'degraded',
        uptimeSeconds: Math.round(process.uptime()),
        neo4j: h.state,
        neo4jRestarts: h.restarts,
        ...(h.problem ? { problem: h.problem } : {}),
      });
  });
  router.get('/readyz', async (_req, res) => {
    const h = neo4jHealth();
    const ok = h.state === 'up' && (await db.ping(2_000));
    res.set('cache-control', 'no-store');
    if (ok) {
      breaker.reset();
      res.json({ status: 'ready', neo4j: 'up' });
    } else {
      const reason =
        h.state === 'restarting'
          ? `${h.problem ?? 'The embedded Neo4j stopped.'} It is being restarted; GraphQL requests fail with SERVICE_UNAVAILABLE until it is back.`
          : 'Neo4j does not answer; GraphQL requests fail with SERVICE_UNAVAILABLE until it is back.';
      res.status(503).json({ status: 'unavailable', neo4j: h.state === 'restarting' ? 'restarting' : 'down', reason });
    }
  });
  return router;
}
