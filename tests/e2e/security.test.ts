/**
 * A web page from another origin cannot use the embedded Neo4j. The page is served by a plain
 * HTTP server on another local port (as any site or local tool could be) and loads Neo4j's own
 * browser driver, which speaks Bolt over a WebSocket to the test Neo4j; real Chromium runs it.
 * Without the password (no auth, the default neo4j/neo4j, an empty or a guessed password) no
 * query runs. The control: the same page with the right password does run one, so the refusals
 * come from authentication, not from a WebSocket that never opened.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type Neo4jDriver from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchChromium } from '../support/chromium.ts';

const DRIVER = readFileSync(path.resolve('node_modules/neo4j-driver/lib/browser/neo4j-web.min.js'));

let server: http.Server;
let pageUrl: string;
let browser: Browser;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/neo4j-web.min.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(DRIVER);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>another site</title><script src="/neo4j-web.min.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** In the page: connect with these credentials (none: no auth token) and count the nodes. */
async function queryFromPage(auth: { user: string; password: string } | null): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(pageUrl);
    return await page.evaluate(
      async ({ uri, auth }) => {
        const n = (globalThis as unknown as { neo4j: typeof Neo4jDriver }).neo4j;
        const driver = auth ? n.driver(uri, n.auth.basic(auth.user, auth.password)) : n.driver(uri);
        try {
          const result = await driver.executeQuery('MATCH (n) RETURN count(n) AS c');
          return `read ${result.records[0]?.get('c')} nodes`;
        } catch (err) {
          return `refused: ${(err as { code?: string }).code ?? (err as Error).message}`;
        } finally {
          await driver.close();
        }
      },
      { uri: inject('neo4jUri'), auth },
    );
  } finally {
    await page.close();
  }
}

describe('a page from another origin', () => {
  it('cannot read the graph over a Bolt WebSocket without the password', async () => {
    for (const auth of [null, { user: 'neo4j', password: 'neo4j' }, { user: 'neo4j', password: '' }, { user: 'neo4j', password: 'password' }]) {
      const outcome = await queryFromPage(auth);
      expect(outcome, `credentials ${JSON.stringify(auth)}`).toMatch(/^refused: Neo\.ClientError\.Security\.Unauthorized$/);
    }
    // Control: the WebSocket path works, it is the password that is missing.
    expect(await queryFromPage({ user: 'neo4j', password: inject('neo4jPassword') })).toMatch(/^read \d+ nodes$/);
  }, 120_000);
});
