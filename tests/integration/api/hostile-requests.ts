/** Turns a fixture of tests/fixtures/hostile into a fetch request. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../../server/src/config.ts';

export const HOSTILE_DIR = path.join(ROOT, 'tests/fixtures/hostile');

export interface HostileCase {
  name: string;
  why: string;
  request: {
    method: string;
    path?: string;
    headers?: Record<string, string>;
    json?: unknown;
    raw?: string;
    repeat?: { prefix: string; unit: string; times: number; closing?: string; suffix: string };
    query?: Record<string, string>;
  };
  expect: { status: number; code: string | null; data?: unknown };
}

export function hostileCases(): Array<{ file: string; c: HostileCase }> {
  return readdirSync(HOSTILE_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'search-strings.json')
    .sort()
    .map((file) => ({ file, c: JSON.parse(readFileSync(path.join(HOSTILE_DIR, file), 'utf8')) as HostileCase }));
}

export function searchStrings(): string[] {
  return (JSON.parse(readFileSync(path.join(HOSTILE_DIR, 'search-strings.json'), 'utf8')) as { strings: string[] }).strings;
}

export async function send(base: string, c: HostileCase): Promise<Response> {
  const r = c.request;
  const url = new URL(r.path ?? '/graphql', base);
  for (const [k, v] of Object.entries(r.query ?? {})) url.searchParams.set(k, v);
  let body: string | undefined;
  const headers: Record<string, string> = { accept: 'application/json', ...(r.headers ?? {}) };
  if (r.json !== undefined) {
    body = JSON.stringify(r.json);
    headers['content-type'] ??= 'application/json';
  } else if (r.raw !== undefined) {
    body = r.raw;
  } else if (r.repeat) {
    body = r.repeat.prefix + r.repeat.unit.repeat(r.repeat.times) + (r.repeat.closing ?? '').repeat(r.repeat.times) + r.repeat.suffix;
  }
  // fetch adds text/plain for string bodies when no content type is given; the "no content
  // type" case needs a body without one, hence a Blob without a type.
  const payload = body === undefined ? undefined : headers['content-type'] === undefined ? new Blob([body]) : body;
  return fetch(url, { method: r.method, headers, body: payload });
}
