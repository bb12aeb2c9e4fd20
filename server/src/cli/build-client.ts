/**
 * Builds the explorer (client/ → client/dist) with Vite when the build is missing or older
 * than its sources, so `npm start` works right after `npm install` and a second start skips it.
 */
import { spawn } from 'node:child_process';
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

/**
 * Builds the explorer with Vite when client/dist is missing or older than client/; resolves when
 * it is up to date (at once when it already is). A child process, so `npm start` lets it run while
 * Neo4j starts instead of building first. Await it before serving client/dist.
 *
 * @example
 * const client = buildClient(say);
 * const neo4j = await startEmbeddedNeo4j(opts); // meanwhile Vite builds
 * await client;
 */
export function buildClient(say: (m: string) => void): Promise<void> {
  if (!needsBuild()) return Promise.resolve();
  say('Building the explorer (client/ → client/dist)...');
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
