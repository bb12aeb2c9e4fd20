/**
 * GET /export/atlas.jsonld: the whole graph as JSON-LD (schema.org entities, PROV-O provenance;
 * server/src/export/jsonld.ts), read through the API's own door to Neo4j (`read`: query files in
 * cypher/queries only, a READ transaction, the timeout and outage breaker, never half of a sync).
 * Rate-limited like /graphql. IRIs are built on the origin the request came to, so an export
 * from a deployment links to that deployment's profile pages (/entity/<id>).
 */
import { Router, type Request, type Response } from 'express';
import type { Context } from '../graphql/context.ts';
import { toJsonLd, type ExportRelationship } from '../export/jsonld.ts';
import type { Logger } from '../log.ts';
import { jsonError } from './json-errors.ts';
import { rateLimitFor } from './security.ts';

export const EXPORT_PATH = '/export/atlas.jsonld';

export function exportRoutes(opts: { context: () => Promise<Context>; logger: Logger; rateLimitPerMinute: number }): Router {
  const router = Router();
  router.get(EXPORT_PATH, rateLimitFor(opts.rateLimitPerMinute), async (req: Request, res: Response) => {
    try {
      const ctx = await opts.context();
      const [entities, relationships] = await Promise.all([ctx.read('queries/export-entities', {}), ctx.read('queries/export-relationships', {})]);
      const base = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
      const doc = toJsonLd(
        entities.map((r) => r.node as Record<string, unknown>),
        relationships as unknown as ExportRelationship[],
        base,
      );
      res
        .status(200)
        .type('application/ld+json')
        .set('content-disposition', 'attachment; filename="atlas.jsonld"')
        .set('cache-control', 'no-store')
        .send(JSON.stringify(doc));
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (code === 'SERVICE_UNAVAILABLE' || code === 'QUERY_TIMEOUT') return jsonError(res, 503, code, 'The graph database is unavailable or too slow right now; retry in a moment.');
      opts.logger.error({ err, path: EXPORT_PATH }, 'JSON-LD export failed');
      jsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'The export failed.');
    }
  });
  return router;
}
