/**
 * The local GraphQL IDE at /graphql for browsers: a GET whose Accept header prefers HTML gets the
 * IDE page; its assets live under /graphql/ide/. Every other request to /graphql (JSON GETs, POSTs,
 * curl's `*\/*`) goes on to Apollo. If the IDE has not been built, the page says how to build it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router, type RequestHandler } from 'express';
import { IDE_DIST } from './ide/build.ts';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>GraphQL IDE</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>GraphQL IDE not built</h1>
<p>Build it with <code>npx tsx server/src/http/ide/build.ts</code> (about half a minute), then reload.
<code>npm start</code> builds it when it is missing.</p>
<p>The endpoint itself works: POST JSON <code>{"query": "{ stats { nodeCount } }"}</code> to this URL.</p>
</body></html>`;

/** True when this GET is a browser navigation rather than an API call. */
export function wantsHtml(req: express.Request): boolean {
  return req.method === 'GET' && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

export function idePage(distDir = IDE_DIST): RequestHandler {
  const page = path.join(distDir, 'ide.html');
  return (req, res, next) => {
    if (!wantsHtml(req)) return next();
    if (!existsSync(page)) {
      res.status(200).type('html').set('cache-control', 'no-store').send(NOT_BUILT);
      return;
    }
    // The build lives under node_modules/.cache, a hidden folder: `send` refuses any path with a
    // dot-segment unless told otherwise (a 404 that the JSON error handler turned into a 400).
    res.set('cache-control', 'no-cache').sendFile(page, { dotfiles: 'allow' });
  };
}

export function ideAssets(distDir = IDE_DIST): Router {
  const router = Router();
  router.use(express.static(distDir, { index: false, fallthrough: false, immutable: true, maxAge: '1y' }));
  return router;
}
