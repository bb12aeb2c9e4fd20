/**
 * The HTTP server: the GraphQL API, the local IDE, health endpoints and the built explorer.
 *
 * Order of the /graphql pipeline, each step cheapest first: security headers → CORS → rate limit
 * → (browser GET: IDE page) → JSON body (100 kB cap, 413 as JSON) → Apollo (CSRF prevention,
 * token/depth/alias/directive/cost/result-size limits, masked errors) → resolvers → Neo4j in
 * READ transactions with a timeout.
 *
 * @example
 * const http = await createHttpServer({ db, config: loadConfig({ PORT: '0' }, false), logger });
 * console.log(http.url); // http://127.0.0.1:41234
 * await http.close();
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express, { type Express } from 'express';
import { ROOT, type Config } from '../config.ts';
import { AtlasError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { Database } from '../neo4j/database.ts';
import type { Neo4jHealth } from '../neo4j/runtime.ts';
import { createGraphQL } from '../graphql/server.ts';
import { Breaker } from '../neo4j/availability.ts';
import { healthRoutes } from './health.ts';
import { ideAssets, idePage } from './ide-route.ts';
import { httpErrorHandler, jsonError } from './json-errors.ts';
import { corsFor, rateLimitFor, securityHeaders } from './security.ts';
import { exportRoutes } from './export-route.ts';
import { clientRoutes } from './static-client.ts';
import { profileRoutes } from './profile-route.ts';
import { viewRoutes } from './views.ts';

export const BODY_LIMIT = '100kb';

export interface HttpServerOptions {
  db: Database;
  config: Config;
  logger: Logger;
  /** The built explorer; default client/dist. */
  clientDir?: string;
  /** The built IDE; default node_modules/.cache/atlas-ide (tests point it elsewhere). */
  ideDir?: string;
  /** Where short links to saved views are kept (views.ts); default `.views/` at the root. */
  viewsDir?: string;
  /** What the (supervised) Neo4j is doing, for /healthz and /readyz. */
  neo4jHealth?: () => Neo4jHealth;
}

export interface HttpServer {
  app: Express;
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

export async function createHttpServer(opts: HttpServerOptions): Promise<HttpServer> {
  const { db, config, logger } = opts;
  const app = express();
  const server = http.createServer(app);
  // Slow clients cannot hold sockets for ever (slowloris): whole request within 30 s.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;

  // While a crashed embedded Neo4j is being restarted, requests fail at once (no probe, no log line each).
  const restarting = () => opts.neo4jHealth?.().state === 'restarting';
  const { apollo, context, breaker } = createGraphQL({ db, logger, breaker: new Breaker(undefined, undefined, restarting) });
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer: server }));
  await apollo.start();

  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use((req, res, next) => {
    const started = performance.now();
    res.on('finish', () =>
      logger.debug({ method: req.method, path: req.path, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request'),
    );
    next();
  });
  app.use(healthRoutes(db, breaker, opts.neo4jHealth));
  app.use('/graphql/ide', ideAssets(opts.ideDir));
  app.all(
    '/graphql',
    corsFor(config.corsOrigins),
    rateLimitFor(config.rateLimitPerMinute),
    idePage(opts.ideDir),
    express.json({ limit: BODY_LIMIT }),
    // Express 5 leaves req.body undefined when the content type is not JSON; the Apollo
    // integration treats a missing `body` property as a server misconfiguration (500). With the
    // property present, Apollo answers such requests itself with a 400.
    (req, _res, next) => {
      if (!('body' in req)) (req as { body?: unknown }).body = undefined;
      next();
    },
    expressMiddleware(apollo, { context }),
  );
  // Short links to saved views of the explorer: POST /views, GET /v/<id> (views.ts).
  app.use(viewRoutes(opts.viewsDir ?? path.join(ROOT, '.views')));
  // Server-rendered profile pages (no JavaScript needed): /entity/<id>.
  app.use(profileRoutes({ apollo, context, logger, rateLimitPerMinute: config.rateLimitPerMinute }));
  // The whole graph as JSON-LD (schema.org + PROV-O): GET /export/atlas.jsonld.
  app.use(exportRoutes({ context, logger, rateLimitPerMinute: config.rateLimitPerMinute }));
  app.use(clientRoutes(opts.clientDir ?? path.join(ROOT, 'client/dist')));
  app.use((_req, res) => jsonError(res, 404, 'NOT_FOUND', 'Nothing here. The API is at /graphql.'));
  app.use(httpErrorHandler(logger, BODY_LIMIT));

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await apollo.stop().catch(() => undefined);
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new AtlasError('PORT_IN_USE', `Port ${config.port} on ${config.host} is already in use. Stop the other program or set PORT to a free port.`);
    }
    throw err;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  logger.debug({ url }, 'HTTP server listening');

  let closing: Promise<void> | undefined;
  return {
    app,
    server,
    url,
    close() {
      // apollo.stop() drains the HTTP server (stops accepting, waits for in-flight requests).
      closing ??= apollo.stop().then(() => {
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
