/**
 * Browser-facing protections: security headers (helmet) with a Content Security Policy that
 * allows only the app's own scripts, CORS from configuration, and a per-IP rate limit.
 *
 * CSP: scripts only from this origin (the explorer and the IDE are bundles served here, nothing
 * from a CDN); styles also inline because Monaco (the IDE's editor) and Cytoscape set style
 * attributes at run time; workers from this origin (Monaco's language workers) and blob: (which
 * Monaco falls back to); fonts from this origin and data: (Monaco's codicon font).
 * `upgrade-insecure-requests` is left out: the app is usually served over plain http on
 * localhost or a LAN address, where upgrading would break every asset.
 */
import cors from 'cors';
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { jsonError } from './json-errors.ts';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The API is read by other origins only when CORS allows them; same-site is the safe default
    // for everything else (images, scripts).
    crossOriginResourcePolicy: { policy: 'same-site' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/**
 * CORS for /graphql. No configured origin: no CORS headers at all, so only same-origin pages
 * (the explorer, the IDE) can read answers. The headers listed are the ones Apollo's CSRF
 * prevention asks cross-origin clients to send.
 */
export function corsFor(origins: string[]): RequestHandler {
  return cors({
    origin: origins.length ? origins : false,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'accept', 'apollo-require-preflight', 'x-apollo-operation-name'],
    maxAge: 600,
  });
}

/** Requests per minute per client IP on /graphql; over it, 429 with a JSON error and Retry-After. */
export function rateLimitFor(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      jsonError(res, 429, 'RATE_LIMITED', `Too many requests: at most ${perMinute} per minute from one address. Retry in a minute.`);
    },
  });
}
