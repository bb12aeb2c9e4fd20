import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, gql, parseResponse } from '../client.ts';

const json = (body: unknown, status = 200): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('GraphQL client errors become sentences a user can act on', () => {
  it('returns data on success', async () => {
    await expect(parseResponse(json({ data: { stats: { nodeCount: 3 } } }))).resolves.toEqual({ stats: { nodeCount: 3 } });
  });

  it('reports GraphQL errors with their messages and codes', async () => {
    const err = await parseResponse(json({ errors: [{ message: 'No entity state:XXX.', extensions: { code: 'NOT_FOUND' } }], data: null })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).kind).toBe('graphql');
    expect((err as ApiError).message).toContain('No entity state:XXX.');
    expect((err as ApiError).codes).toEqual(['NOT_FOUND']);
  });

  it('reports an HTTP error page that is not JSON', async () => {
    const err = (await parseResponse(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(err.kind).toBe('http');
    expect(err.message).toContain('HTTP 502');
  });

  it('explains rate limiting', async () => {
    const err = (await parseResponse(new Response('', { status: 429 })).catch((e: unknown) => e)) as ApiError;
    expect(err.message).toMatch(/Too many requests/);
  });

  it('rejects a 200 answer without data', async () => {
    const err = (await parseResponse(json({})).catch((e: unknown) => e)) as ApiError;
    expect(err.kind).toBe('invalid');
  });

  it('reports a network failure', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const err = (await gql('{ stats { nodeCount } }').catch((e: unknown) => e)) as ApiError;
    expect(err.kind).toBe('network');
    expect(err.message).toMatch(/Cannot reach the Atlas API/);
  });

  it('gives up after the timeout', async () => {
    vi.stubGlobal(
      'fetch',
      (_u: string, init: RequestInit) =>
        new Promise((_r, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const err = (await gql('{ stats { nodeCount } }', {}, { timeoutMs: 20 }).catch((e: unknown) => e)) as ApiError;
    expect(err.kind).toBe('timeout');
  });

  it('tells a cancelled request apart from a failure', async () => {
    vi.stubGlobal(
      'fetch',
      (_u: string, init: RequestInit) =>
        new Promise((_r, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const ctrl = new AbortController();
    const p = gql('{ stats { nodeCount } }', {}, { signal: ctrl.signal });
    ctrl.abort();
    expect(((await p.catch((e: unknown) => e)) as ApiError).kind).toBe('aborted');
  });
});
