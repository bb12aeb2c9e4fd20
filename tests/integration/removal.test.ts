/**
 * The removal guard against the real Neo4j: an emptied data file is an error, and a sync that
 * would remove more than a fifth of what a file held stops, says what would go and writes
 * nothing, until it is run with allowRemoval (`npm run ingest -- --allow-removal`).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataInvalidError, RemovalNotAllowedError, runIngest } from '../../server/src/ingest/index.ts';
import { syncDataIfStale } from '../../server/src/cli/sync-on-start.ts';
import type { Config } from '../../server/src/config.ts';
import type { Logger } from '../../server/src/log.ts';
import type { Database } from '../../server/src/neo4j/database.ts';
import { fingerprint, restoreRealData, testDb } from '../support/graph.ts';

let db: Database;
let dir: string;
const treaties = () => path.join(dir, 'relations/treaty-status.csv');
beforeAll(async () => {
  db = await testDb();
  await restoreRealData(db);
  dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'atlas-removal-')), 'data');
  cpSync('data', dir, { recursive: true });
});
afterAll(async () => {
  await restoreRealData(db);
  await db.close();
  rmSync(path.dirname(dir), { recursive: true, force: true });
});

describe('a sync never removes much silently', () => {
  it('refuses an emptied file, naming it, and writes nothing', async () => {
    const before = await fingerprint(db);
    const original = readFileSync(treaties(), 'utf8');
    writeFileSync(treaties(), '');
    try {
      const err = await runIngest({ db, dataDir: dir }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DataInvalidError);
      expect((err as Error).message).toContain('relations/treaty-status.csv:1: the file is empty');
      expect(await fingerprint(db)).toEqual(before);
    } finally {
      writeFileSync(treaties(), original);
    }
  });

  it('asks for allowRemoval when a file loses more than a fifth of its records, and says what would go', async () => {
    const before = await fingerprint(db);
    const original = readFileSync(treaties(), 'utf8');
    const lines = original.trimEnd().split('\n');
    const kept = lines.slice(0, Math.ceil(lines.length / 2));
    writeFileSync(treaties(), `${kept.join('\n')}\n`);
    try {
      const err = await runIngest({ db, dataDir: dir }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RemovalNotAllowedError);
      const message = (err as Error).message;
      expect(message).toMatch(new RegExp(`relations/treaty-status\\.csv: ${lines.length - 1} record\\(s\\) then, ${kept.length - 1} now`));
      expect(message).toMatch(/It would remove 0 entities and \d+ relationship\(s\), among them:\n {2}(PARTY_TO|SIGNED) \S+ → instrument:/);
      expect(message).toContain('npm run ingest -- --allow-removal');
      expect(await fingerprint(db)).toEqual(before);

      const plan = await runIngest({ db, dataDir: dir, dryRun: true });
      expect(plan.removalWarning).toBe(message);

      const allowed = await runIngest({ db, dataDir: dir, allowRemoval: true });
      expect(allowed.written).toBe(true);
      expect(Object.values(allowed.summary.rels).reduce((n, c) => n + c.removed, 0)).toBeGreaterThan(0);
    } finally {
      writeFileSync(treaties(), original);
    }
  });

  it('lets small removals through', async () => {
    await runIngest({ db, dataDir: dir, allowRemoval: true });
    const original = readFileSync(treaties(), 'utf8');
    const lines = original.trimEnd().split('\n');
    writeFileSync(treaties(), `${lines.slice(0, -3).join('\n')}\n`);
    try {
      const result = await runIngest({ db, dataDir: dir });
      expect(result.written).toBe(true);
    } finally {
      writeFileSync(treaties(), original);
    }
  });

  it('npm start keeps serving the last good graph when data/ is refused or the sync stops', async () => {
    await restoreRealData(db);
    const before = await fingerprint(db);
    const said: string[] = [];
    const logger = { info: (m: string) => said.push(m), warn: (m: string) => said.push(m) } as unknown as Logger;
    const start = () => syncDataIfStale(db, { dataDir: dir } as Config, logger);
    const long = path.join(dir, 'papers/long.yaml');
    writeFileSync(long, readFileSync('tests/fixtures/bad-data/54-title-too-long/overlay/papers/bad.yaml'));
    const original = readFileSync(treaties(), 'utf8');
    try {
      await start();
      expect(said.pop()).toMatch(/^data\/ has 1 error\(s\); still serving the version loaded at .*\npapers\/long\.yaml:2:10 title: got "A title/);
      unlinkSync(long);
      writeFileSync(treaties(), original.split('\n').slice(0, 10).join('\n'));
      await start();
      expect(said.join('\n')).toMatch(/This sync would remove more than 20%[\s\S]*Still serving the version loaded at /);
      expect(await fingerprint(db)).toEqual(before);
    } finally {
      rmSync(long, { force: true });
      writeFileSync(treaties(), original);
    }
  });
});
