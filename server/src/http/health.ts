/**
 * Health endpoints for people and orchestrators:
 * - `/healthz`: the process is alive and serving HTTP (never touches Neo4j).
 * - `/readyz`: Neo4j answers a trivial query within 2 s; otherwise 503 with the reason. A
 *   successful ping also closes the outage breaker so GraphQL requests resume at once.
 */
import { Router } from 'express';
import type { Breaker } from '../graphql/availability.ts';
import type { Database } from '../neo4j/database.ts';

export function healthRoutes(db: Database, breaker: Breaker): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  router.get('/readyz', async (_req, res) => {
    const ok = await db.ping(2_000);
    res.set('cache-control', 'no-store');
    if (ok) {
      breaker.reset();
      res.json({ status: 'ready', neo4j: 'up' });
    } else {
      res
        .status(503)
        .json({ status: 'unavailable', neo4j: 'down', reason: 'Neo4j does not answer; GraphQL requests fail with SERVICE_UNAVAILABLE until it is back.' });
    }
  });
  return router;
}
