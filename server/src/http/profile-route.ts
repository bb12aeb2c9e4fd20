/**
 * GET /entity/<id>: the entity's profile page (server/src/pages), rendered on the server from
 * GraphQL operations run through the same Apollo server (limits, resolvers, masked errors) as
 * every API client. Unknown or malformed ids get a 404 page, an unreachable Neo4j a 503 page;
 * never a stack trace. Rate-limited like /graphql.
 */
import type { ApolloServer } from '@apollo/server';
import { Router, type Request, type Response } from 'express';
import type { Context } from '../graphql/context.ts';
import { readProfile, type Exec } from '../pages/data.ts';
import { renderNotFound, renderProfile, renderUnavailable } from '../pages/render.ts';
import type { Logger } from '../log.ts';
import { rateLimitFor } from './security.ts';

/** A GraphQL error answer of an operation the page ran (its code decides the page's status). */
class OperationError extends Error {
  constructor(
    readonly code: string,
    message = '',
  ) {
    super(`profile operation failed: ${code} ${message}`.trim());
  }
}

function execWith(apollo: ApolloServer<Context>, contextValue: Context): Exec {
  return async (query, variables) => {
    const res = await apollo.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new OperationError('INCREMENTAL');
    const { data, errors } = res.body.singleResult;
    if (errors?.length) throw new OperationError(String(errors[0]!.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), errors[0]!.message);
    return (data ?? {}) as Record<string, unknown>;
  };
}

function send(res: Response, status: number, body: string): void {
  res.status(status).type('html').set('cache-control', 'no-store').send(body);
}

export function profileRoutes(opts: { apollo: ApolloServer<Context>; context: () => Promise<Context>; logger: Logger; rateLimitPerMinute: number }): Router {
  const router = Router();
  // A page runs about 40 GraphQL operations (one standing per norm), which the HTTP rate limit of
  // /graphql never sees: pages get a twentieth of its budget, so they cannot multiply it.
  router.get('/entity/:id', rateLimitFor(Math.max(10, Math.floor(opts.rateLimitPerMinute / 20))), async (req: Request<{ id: string }>, res: Response) => {
    const id = req.params.id;
    try {
      const profile = await readProfile(execWith(opts.apollo, await opts.context()), id);
      if (!profile) return send(res, 404, renderNotFound(id));
      const pageUrl = `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`;
      send(res, 200, renderProfile(profile, { pageUrl, accessed: new Date().toISOString().slice(0, 10) }));
    } catch (err) {
      const code = err instanceof OperationError ? err.code : 'INTERNAL_SERVER_ERROR';
      // A malformed id (too long, bad characters) is refused by the API's argument checks: no such entity.
      if (code === 'BAD_USER_INPUT' || code === 'NOT_FOUND') return send(res, 404, renderNotFound(id));
      if (code === 'SERVICE_UNAVAILABLE' || code === 'QUERY_TIMEOUT') return send(res, 503, renderUnavailable());
      opts.logger.error({ err, path: '/entity/:id' }, 'profile page failed');
      send(res, 500, renderUnavailable());
    }
  });
  return router;
}
