/**
 * The HTTP side: health endpoints, security headers, CORS by configuration, the per-IP rate
 * limit, the built explorer with its single-page fallback (or the "run npm run build" page), the
 * local IDE for browsers, and logs without secrets.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureIde, IDE_DIR, IDE_DIST } from '../../../server/src/http/ide/build.ts';
import { startApi, type Api } from './support.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-http-test-'));
const clientDir = path.join(tmp, 'client');
const ideDir = path.join(tmp, 'ide');
mkdirSync(path.join(clientDir, 'assets'), { recursive: true });
writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Atlas explorer</title><script type="module" src="/assets/app.js"></script>');
writeFileSync(path.join(clientDir, 'assets/app.js'), 'console.log("explorer")');
mkdirSync(path.join(ideDir, 'assets'), { recursive: true });
writeFileSync(path.join(ideDir, 'ide.html'), '<!doctype html><title>GraphQL IDE</title><script type="module" src="/graphql/ide/assets/ide.js"></script>');
writeFileSync(path.join(ideDir, 'assets/ide.js'), 'console.log("ide")');

let api: Api;
let bare: Api;
beforeAll(async () => {
  api = await startApi({ clientDir, ideDir });
  bare = await startApi({ clientDir: path.join(tmp, 'missing'), ideDir: path.join(tmp, 'missing-ide') });
});
afterAll(async () => {
  await api?.close();
  await bare?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('health', () => {
  it('reports liveness and readiness', async () => {
    const live = await fetch(`${api.url}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: 'up' });
    expect(ready.headers.get('cache-control')).toBe('no-store');
  });
});

describe('security headers', () => {
  it('sets a CSP that allows only the app itself, and the usual hardening headers', async () => {
    for (const p of ['/', '/graphql', '/healthz']) {
      const res = await fetch(`${api.url}${p}`, { headers: { accept: 'text/html' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, p).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/https?:|unsafe-eval|\*/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('CORS', () => {
  it('sends no CORS headers when no origin is configured', async () => {
    const res = await fetch(`${api.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows exactly the configured origins', async () => {
    const cors = await startApi({ env: { CORS_ORIGINS: 'https://explorer.example' } });
    try {
      const ok = await fetch(`${cors.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://explorer.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
      const other = await fetch(`${cors.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await cors.close();
    }
  });
});

describe('rate limit', () => {
  it('answers 429 with a JSON error once an address exceeds its requests per minute', async () => {
    const limited = await startApi({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.gql('{ __typename }')).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const res = await fetch(`${limited.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      expect(res.status).toBe(429);
      expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
      expect(res.headers.get('ratelimit-policy') ?? res.headers.get('ratelimit')).toBeTruthy();
      // Health checks are not rate limited.
      expect((await fetch(`${limited.url}/healthz`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('explorer and IDE', () => {
  it('serves the built explorer with a single-page fallback', async () => {
    const index = await fetch(`${api.url}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('Atlas explorer');
    const asset = await fetch(`${api.url}/assets/app.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    // (/entity/<id> is the server-rendered profile page now, so the deep path is another one.)
    const deep = await fetch(`${api.url}/some/deep/view`, { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('Atlas explorer');
    expect((await fetch(`${api.url}/assets/missing.js`)).status).toBe(404);
    const apiMiss = await fetch(`${api.url}/nothing-here`, { method: 'POST' });
    expect(apiMiss.status).toBe(404);
    expect(await apiMiss.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('says how to build the explorer and the IDE when they are missing', async () => {
    const index = await fetch(`${bare.url}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('npm run build');
    const ide = await fetch(`${bare.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(await ide.text()).toContain('server/src/http/ide/build.ts');
  });

  it('gives browsers the IDE at /graphql and API clients the API', async () => {
    const browser = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(browser.status).toBe(200);
    expect(browser.headers.get('content-type')).toContain('text/html');
    expect(await browser.text()).toContain('GraphQL IDE');
    expect((await fetch(`${api.url}/graphql/ide/assets/ide.js`)).status).toBe(200);
    expect((await fetch(`${api.url}/graphql/ide/assets/nope.js`)).status).toBe(404);
    // curl's default Accept is */*: that is an API call, not a browser.
    const curl = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: '*/*', 'apollo-require-preflight': '1' },
    });
    expect(curl.headers.get('content-type')).toContain('application/json');
    expect(await curl.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('builds the IDE from npm sources only (no CDN)', () => {
    const html = readFileSync(path.join(IDE_DIR, 'ide.html'), 'utf8');
    expect(html).not.toMatch(/https?:\/\//);
    const tsx = readFileSync(path.join(IDE_DIR, 'ide.tsx'), 'utf8');
    expect(tsx).toContain("from 'graphiql'");
    expect(tsx).not.toMatch(/https?:\/\/(?!localhost)/);
  });

  it('built IDE page loads only local scripts and styles', async () => {
    await ensureIde({ quiet: true }); // builds it (once, ~30 s) on a fresh checkout
    expect(existsSync(path.join(IDE_DIST, 'ide.html'))).toBe(true);
    const html = readFileSync(path.join(IDE_DIST, 'ide.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref.startsWith('/graphql/ide/') || ref.startsWith('data:'), ref).toBe(true);
  }, 180_000);
});

describe('logs', () => {
  it('never contain credentials or cookies sent with requests', async () => {
    await api.gql('{ __typename }', undefined, { authorization: 'Bearer sekret-token-123', cookie: 'session=sekret-cookie-456' });
    await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: 'Basic c2VrcmV0' }, body: 'x' });
    const text = JSON.stringify(api.logs);
    expect(api.logs.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/sekret|c2VrcmV0/);
  });
});
