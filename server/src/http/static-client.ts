/**
 * The built explorer (client/dist) at `/`, with a single-page-app fallback: a browser asking for
 * any other page path (a deep link such as `/entity/state:FRA`) gets index.html and the client
 * routes it. Paths that look like files (`/x.js`) stay 404. Without a build, `/` says how to make
 * one instead of failing mysteriously.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cyber Norms Atlas</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>Cyber Norms Atlas</h1>
<p>The explorer has not been built yet. Run <code>npm run build</code> (or restart with <code>npm start</code>, which builds it) and reload this page.</p>
<p>The GraphQL API is already available at <a href="/graphql">/graphql</a>.</p>
</body></html>`;

/** Paths the SPA fallback must never swallow. */
const RESERVED = /^\/(graphql|healthz|readyz)(\/|$)/;

export function clientRoutes(clientDir: string): Router {
  const router = Router();
  const index = path.join(clientDir, 'index.html');
  if (!existsSync(index)) {
    router.get('/', (_req, res) => {
      res.status(200).type('html').set('cache-control', 'no-store').send(NOT_BUILT);
    });
    return router;
  }
  // Hashed assets never change under their name; index.html must always be revalidated.
  router.use(
    express.static(clientDir, {
      index: 'index.html',
      setHeaders: (res, file) => {
        res.setHeader('cache-control', file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
      },
    }),
  );
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || RESERVED.test(req.path) || path.extname(req.path) !== '' || !req.accepts('html')) return next();
    res.set('cache-control', 'no-cache').sendFile(index);
  });
  return router;
}
