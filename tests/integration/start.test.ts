/**
 * `npm start` as a user runs it (the real CLI in a child process):
 * - with NEO4J_URI pointing at a running Neo4j (the test one, standing in for "the embedded
 *   instance started by another process") it launches no JVM and serves `{ __typename }` and the
 *   explorer page;
 * - in embedded mode, Ctrl-C (SIGINT) leaves no Java process behind, and a crash of the app
 *   (SIGKILL, no chance to clean up) still takes the JVM down;
 * - the first start of a fresh store (build, JVM start, first load of data/) succeeds while two
 *   busy-loop processes keep both cores of the machine busy, makes the store's password file
 *   (mode 0600) and never prints the password.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { freePort } from '../support/ports.ts';
import { alive, children, killChildren, launcherPids, startApp, waitFor } from '../support/start-app.ts';

afterAll(killChildren);

describe('npm start', () => {
  it('uses NEO4J_URI when set, launches no JVM, and serves the API and the explorer', async () => {
    const before = launcherPids();
    const port = await freePort();
    // The test Neo4j checks the password (authentication is on); it must never be printed, even at debug level.
    const password = inject('neo4jPassword');
    const app = startApp({ NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: password, PORT: String(port), LOG_LEVEL: 'debug' });
    await app.running;
    expect(app.output()).toContain(`http://localhost:${port}/graphql`);
    expect(launcherPids().filter((p) => !before.includes(p))).toEqual([]);
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    app.child.kill('SIGINT');
    expect(await waitFor(() => app.child.exitCode !== null, 10_000)).toBe(true);
    expect(app.child.exitCode).toBe(0);
    expect(app.output()).not.toContain(password);
  }, 240_000); // a fresh checkout also builds the explorer and the IDE on first start

  it('embedded: Ctrl-C leaves no Java process, and a crashed app takes its JVM down', async () => {
    const store = mkdtempSync(path.join(os.tmpdir(), 'atlas-start-'));
    try {
      const env = { NEO4J_STORE_DIR: store, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HEAP_MB: '512', NEO4J_PAGECACHE_MB: '64', AUTO_INGEST: 'false' };
      const before = launcherPids();
      const first = startApp({ ...env, PORT: String(await freePort()) });
      await first.running;
      const [jvm] = launcherPids().filter((p) => !before.includes(p));
      expect(jvm).toBeDefined();
      first.child.kill('SIGINT');
      expect(await waitFor(() => !alive(jvm!), 30_000), 'the JVM is gone after Ctrl-C').toBe(true);

      const second = startApp({ ...env, PORT: String(await freePort()) });
      await second.running;
      const [jvm2] = launcherPids().filter((p) => !before.includes(p));
      expect(jvm2).toBeDefined();
      second.child.kill('SIGKILL'); // no shutdown code runs in the app
      expect(await waitFor(() => !alive(jvm2!), 30_000), 'the JVM is gone after the app crashed').toBe(true);
    } finally {
      rmSync(store, { recursive: true, force: true });
    }
  }, 180_000);

  it('embedded, first start of a fresh store under a CPU hog: loads data/ and serves; the password stays in a 0600 file', async () => {
    const store = mkdtempSync(path.join(os.tmpdir(), 'atlas-start-busy-'));
    // Two busy loops: both cores of the CI machine stay busy for the whole start.
    const hogs = [0, 1].map(() => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
    children.push(...hogs);
    try {
      const port = await freePort();
      const app = startApp({ NEO4J_STORE_DIR: store, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HEAP_MB: '512', NEO4J_PAGECACHE_MB: '64', PORT: String(port) });
      await app.running;
      expect(app.output()).toMatch(/Loaded data version/);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { nodeCount } }' }) });
      const body = (await res.json()) as { data?: { stats: { nodeCount: number } } };
      expect(body.data?.stats.nodeCount).toBeGreaterThan(100);
      const file = path.join(store, 'credentials.json');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const { password } = JSON.parse(readFileSync(file, 'utf8')) as { password: string };
      expect(password.length).toBeGreaterThanOrEqual(32);
      app.child.kill('SIGINT');
      expect(await waitFor(() => app.child.exitCode !== null, 30_000)).toBe(true);
      expect(app.output()).not.toContain(password);
      expect(app.output()).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m); // no stack trace
      expect(readFileSync(path.join(store, 'launcher.log'), 'utf8')).not.toContain(password);
    } finally {
      hogs.forEach((h) => h.kill('SIGKILL'));
      rmSync(store, { recursive: true, force: true });
    }
  }, 600_000);
});
