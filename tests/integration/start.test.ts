/**
 * `npm start` as a user runs it (the real CLI in a child process):
 * - with NEO4J_URI pointing at a running Neo4j (the test one, standing in for "the embedded
 *   instance started by another process") it launches no JVM and serves `{ __typename }` and the
 *   explorer page;
 * - in embedded mode, Ctrl-C (SIGINT) leaves no Java process behind, and a crash of the app
 *   (SIGKILL, no chance to clean up) still takes the JVM down.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { freePort } from '../support/ports.ts';

const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

function launcherPids(): number[] {
  return readdirPids().filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('atlas.neo4j.Launcher');
    } catch {
      return false;
    }
  });
}

function readdirPids(): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
}

function alive(pid: number): boolean {
  return existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2]!.startsWith('Z');
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

function startApp(env: Record<string, string>): { child: ChildProcess; output: () => string; running: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/start.ts'], { env: { ...process.env, LOG_LEVEL: 'info', CI: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  const running = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Cyber Norms Atlas is running')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${out}`)));
  });
  return { child, output: () => out, running };
}

describe('npm start', () => {
  it('uses NEO4J_URI when set, launches no JVM, and serves the API and the explorer', async () => {
    const before = launcherPids();
    const port = await freePort();
    // The test Neo4j has no authentication and ignores the password; it must still never be printed.
    const app = startApp({ NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: 'do-not-print-this-password', PORT: String(port), LOG_LEVEL: 'debug' });
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
    expect(app.output()).not.toContain('do-not-print-this-password');
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
});
