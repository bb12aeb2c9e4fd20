/**
 * Every class of malformed data file (tests/fixtures/bad-data: one folder a case, the bad file
 * laid over a valid mini data folder) is rejected with exactly the message in its expected.txt:
 * file, line, column, field, the bad value and what was expected.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError, prepareData } from '../index.ts';
import { BAD_DATA, tempDataDir } from '../../../../tests/support/data-dirs.ts';

describe('validation of data files', () => {
  it('accepts the valid mini data folder (the positive control)', () => {
    const { dir, cleanup } = tempDataDir();
    try {
      const p = prepareData({ dataDir: dir });
      expect(p.errors.map(formatError)).toEqual([]);
      expect(p.nodes.length).toBeGreaterThan(5);
    } finally {
      cleanup();
    }
  });

  const cases = readdirSync(BAD_DATA).filter((c) => /^\d+-/.test(c)).sort();
  it('has a corpus of at least 40 malformed files', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  for (const name of cases) {
    it(`rejects ${name} with a precise message`, () => {
      const { dir, cleanup } = tempDataDir(path.join(BAD_DATA, name, 'overlay'));
      try {
        const p = prepareData({ dataDir: dir });
        const expected = readFileSync(path.join(BAD_DATA, name, 'expected.txt'), 'utf8').trim().split('\n');
        expect(p.errors.map(formatError)).toEqual(expected);
        expect(p.nodes).toEqual([]); // nothing to load when anything is wrong
      } finally {
        cleanup();
      }
    });
  }

  it('rejects a file over the size limit and says how to fix it', () => {
    const { dir, cleanup } = tempDataDir();
    try {
      writeFileSync(path.join(dir, 'relations/huge.csv'), `type,from,to\n${'MEMBER_OF,state:FRA,org:eu\n'.repeat(50_000)}`);
      const p = prepareData({ dataDir: dir, maxFileBytes: 1024 * 1024 });
      expect(p.errors.map(formatError)).toEqual(['relations/huge.csv: the file is 1.3 MiB, over the 1 MiB limit; split it into several files in the same folder']);
    } finally {
      cleanup();
    }
  });

  it('tolerates a UTF-8 byte order mark (spreadsheet exports add one)', () => {
    const { dir, cleanup } = tempDataDir();
    try {
      const file = path.join(dir, 'states/states.csv');
      writeFileSync(file, `\ufeff${readFileSync(file, 'utf8')}`);
      expect(prepareData({ dataDir: dir }).errors).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('reports every error of a folder at once, not only the first', () => {
    const { dir, cleanup } = tempDataDir(path.join(BAD_DATA, '30-invalid-position-stance', 'overlay'));
    try {
      writeFileSync(path.join(dir, 'organisations/also-bad.yaml'), '- id: org:y\n  name: Y\n  sources: []\n');
      expect(prepareData({ dataDir: dir }).errors).toHaveLength(2);
    } finally {
      cleanup();
    }
  });
});
