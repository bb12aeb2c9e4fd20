/**
 * Only plain files inside the data folder are read: a named pipe (which would block the read
 * forever), a link to /dev/zero (which would be read without end) or to a file outside the
 * folder are refused with a message naming the entry, and nothing is loaded.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError, prepareData } from '../index.ts';
import { tempDataDir } from '../../../../tests/support/data-dirs.ts';

function withDataDir(work: (dir: string) => void): void {
  const { dir, cleanup } = tempDataDir();
  try {
    work(dir);
  } finally {
    cleanup();
  }
}

const errorsOf = (dir: string) => {
  const p = prepareData({ dataDir: dir });
  expect(p.nodes).toEqual([]);
  return p.errors.map(formatError);
};

describe('reading the data folder', () => {
  it('refuses a named pipe instead of hanging on it', () => {
    withDataDir((dir) => {
      execFileSync('mkfifo', [path.join(dir, 'relations/pipe.csv')]);
      expect(errorsOf(dir)).toEqual(['relations/pipe.csv: not a regular file (a named pipe); data files must be plain files inside the data folder']);
    });
  }, 10_000);

  it('refuses a link to /dev/zero instead of reading without end', () => {
    withDataDir((dir) => {
      symlinkSync('/dev/zero', path.join(dir, 'relations/zero.csv'));
      expect(errorsOf(dir)).toEqual(['relations/zero.csv: a symbolic link to /dev/zero, outside the data folder; data files must be plain files inside the data folder']);
    });
  }, 10_000);

  it('refuses links to files and folders outside the data folder, follows links inside it', () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'atlas-outside-'));
    try {
      writeFileSync(path.join(outside, 'x.csv'), 'id,name\n');
      withDataDir((dir) => {
        symlinkSync(path.join(outside, 'x.csv'), path.join(dir, 'states/x.csv'));
        symlinkSync(outside, path.join(dir, 'papers/more'));
        expect(errorsOf(dir)).toEqual([
          `papers/more: a symbolic link to ${outside}, outside the data folder; data files must be plain files inside the data folder`,
          `states/x.csv: a symbolic link to ${path.join(outside, 'x.csv')}, outside the data folder; data files must be plain files inside the data folder`,
        ]);
      });
      withDataDir((dir) => {
        symlinkSync(path.join(dir, 'states/states.csv'), path.join(dir, 'states/linked.csv'));
        // Followed: the same records twice, so the duplicate ids show the link was read.
        expect(errorsOf(dir)[0]).toMatch(/^states\/states\.csv:2:1 id: duplicate id "state:\w+": already defined at states\/linked\.csv:2$/);
      });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
