/** Temporary data folders for tests: the valid mini fixture, optionally with files laid over it. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const MINI_DATA = path.resolve('tests/fixtures/mini-data');
export const BAD_DATA = path.resolve('tests/fixtures/bad-data');

export function tempDataDir(overlay?: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-data-'));
  cpSync(MINI_DATA, dir, { recursive: true });
  if (overlay) cpSync(overlay, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
