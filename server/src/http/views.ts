/**
 * Short links to saved views: `POST /views` with `{ "state": "<the explorer's URL fragment>" }`
 * answers `{ id, path: "/v/<id>" }`; `GET /v/<id>` redirects to `/#<state>`, which the explorer
 * opens like any link. A view's id is the first 16 characters (96 bits) of the SHA-256 of its
 * text, base64url: the same view always gets the same id, and saving it twice stores it once.
 *
 * Why a server store at all: a view's positions make its fragment kilobytes long, and no encoding
 * of a few hundred node positions is short. Views live in files under `dir` (default `.views/`,
 * git-ignored), never in the graph, which stays read-only.
 *
 * Threat model. Anyone who can reach the server can store a view and read one by id; there are no
 * accounts. What is stored is only a fragment of the explorer's own URL: ids, coordinates, filter
 * names and dates, all about public data, so nothing secret can leak through it, and an id is not
 * a secret either (content-addressed ids are guessable only for a view one already has). Risks and
 * their answers:
 * - filling the disk: a view is at most MAX_VIEW_CHARS, printable ASCII only; at most
 *   MAX_VIEWS files; saving is limited to SAVES_PER_MINUTE per address (on top of the global one);
 * - path traversal: an id must match ID_PATTERN before it names a file; names are never taken
 *   from the body;
 * - stored script (XSS): the text is only ever sent back in a Location header after `/#`, and the
 *   explorer decodes a fragment with its validating parser (state/url.ts), never as HTML;
 * - tampering: a stored view cannot be changed, only a new one made (its id is its content's hash).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import express, { type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { jsonError } from './json-errors.ts';

export const MAX_VIEW_CHARS = 16_000;
export const MAX_VIEWS = 20_000;
export const SAVES_PER_MINUTE = 30;
const ID_PATTERN = /^[A-Za-z0-9_-]{16}$/;
/** What encodeState writes: printable ASCII without spaces (everything else is percent-encoded). */
const FRAGMENT = /^[\x21-\x7e]*$/;

export function viewId(state: string): string {
  return createHash('sha256').update(state, 'utf8').digest('base64url').slice(0, 16);
}

export function viewRoutes(dir: string): Router {
  const router = express.Router();
  let count: number | null = null;
  const file = (id: string): string => path.join(dir, `${id}.view`);

  router.post(
    '/views',
    rateLimit({
      windowMs: 60_000,
      limit: SAVES_PER_MINUTE,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, res) => jsonError(res, 429, 'RATE_LIMITED', `Too many saved views: at most ${SAVES_PER_MINUTE} per minute from one address.`),
    }),
    express.json({ limit: `${MAX_VIEW_CHARS + 1000}b` }),
    async (req, res, next) => {
      try {
        const state = (req.body as { state?: unknown } | undefined)?.state;
        if (typeof state !== 'string' || !state.length) return jsonError(res, 400, 'BAD_USER_INPUT', 'Send { "state": "<the view’s link fragment>" }.');
        if (state.length > MAX_VIEW_CHARS)
          return jsonError(res, 413, 'PAYLOAD_TOO_LARGE', `A view is at most ${MAX_VIEW_CHARS} characters (this has ${state.length}).`);
        if (!FRAGMENT.test(state)) return jsonError(res, 400, 'BAD_USER_INPUT', 'A view is a link fragment: printable ASCII without spaces.');
        const id = viewId(state);
        await mkdir(dir, { recursive: true });
        count ??= (await readdir(dir)).filter((f) => f.endsWith('.view')).length;
        const known = await readFile(file(id), 'utf8').then(
          () => true,
          () => false,
        );
        if (!known) {
          if (count >= MAX_VIEWS) return jsonError(res, 507, 'STORAGE_FULL', 'No room for more saved views on this server.');
          // Written whole, then renamed: a reader never sees half a view.
          const tmp = `${file(id)}.${process.pid}.tmp`;
          await writeFile(tmp, state, 'utf8');
          await rename(tmp, file(id));
          count++;
        }
        res.status(known ? 200 : 201).json({ id, path: `/v/${id}` });
      } catch (err) {
        next(err);
      }
    },
  );

  router.get('/v/:id', async (req, res) => {
    const id = req.params.id;
    if (!ID_PATTERN.test(id)) return jsonError(res, 404, 'NOT_FOUND', 'No saved view has this id.');
    const state = await readFile(file(id), 'utf8').catch(() => null);
    if (state === null || !FRAGMENT.test(state)) return jsonError(res, 404, 'NOT_FOUND', 'No saved view has this id.');
    res.set('cache-control', 'no-store').redirect(302, `/#${state}`);
  });
  return router;
}
