/**
 * Builds the explorer (client/ → client/dist) with Vite when the build is missing or older
 * than its sources, so `npm start` works right after `npm install` and a second start skips it.
 */
import { spawnSync } from 'node:child_process';
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

export function ensureClientBuilt(say: (m: string) => void): void {
  if (!existsSync(path.join(CLIENT, 'index.html')) || !clientIsStale()) return;
  say('Building the explorer (client/ → client/dist)...');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', path.join(CLIENT, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) {
    throw new AtlasError('CLIENT_BUILD_FAILED', 'The explorer could not be built with Vite (see the output below). Run `npm install` again, then `npm run build` to see the full error.', `${r.stdout}${r.stderr}`.trim().split('\n').slice(-20).join('\n'));
  }
}
