/**
 * Builds the explorer (client/ → client/dist) with Vite when the build is missing or older
 * than its sources, so `npm start` works right after `npm install` and a second start skips it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.ts';
import { AtlasError } from '../errors.ts';

const CLIENT = path.join(ROOT, 'client');
export const CLIENT_DIST = path.join(CLIENT, 'dist');

function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules' || entry.name === '__tests__') continue;
    const full = path.join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return max;
}

export function clientIsStale(): boolean {
  const index = path.join(CLIENT_DIST, 'index.html');
  return !existsSync(index) || statSync(index).mtimeMs < newest(CLIENT);
}

const VITE_BUILD = [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', path.join(CLIENT, 'vite.config.ts'), '--logLevel', 'warn'];

const needsBuild = (): boolean => existsSync(path.join(CLIENT, 'index.html')) && clientIsStale();

function buildFailed(output: string): AtlasError {
  return new AtlasError('CLIENT_BUILD_FAILED', 'The explorer could not be built with Vite (see the output below). Run `npm install` again, then `npm run build` to see the full error.', output.trim().split('\n').slice(-20).join('\n'));
}

export function ensureClientBuilt(say: (m: string) => void): void {
  if (!needsBuild()) return;
  say('Building the explorer (client/ → client/dist)...');
  const r = spawnSync(process.execPath, VITE_BUILD, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw buildFailed(`${r.stdout}${r.stderr}`);
}

/**
 * The same build in the background: resolves when client/dist is up to date, at once when it
 * already is. Why: a first `npm start` (and a test run) otherwise builds, then starts the JVM;
 * the two overlap instead. Await it before serving client/dist.
 *
 * @example
 * const client = buildClientInBackground(say);
 * const neo4j = await startEmbeddedNeo4j(opts); // meanwhile Vite builds
 * await client;
 */
export function buildClientInBackground(say: (m: string) => void): Promise<void> {
  if (!needsBuild()) return Promise.resolve();
  say('Building the explorer (client/ → client/dist) while Neo4j starts...');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, VITE_BUILD, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-20_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (err) => reject(buildFailed(err.message)));
    child.once('close', (code) => (code === 0 ? resolve() : reject(buildFailed(output))));
  });
}
