/**
 * Ingestion against the real Neo4j: sync semantics (idempotence, removal), dry runs, and the
 * all-or-nothing guarantee under a failing batch, a killed process and invalid data.
 * This file replaces the test graph with small fixtures and puts data/ back at the end.
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { runIngest, DataInvalidError } from '../../server/src/ingest/index.ts';
import type { Database } from '../../server/src/neo4j/database.ts';
import { toPlain } from '../../server/src/neo4j/values.ts';
import { tempDataDir, BAD_DATA } from '../support/data-dirs.ts';
import { fingerprint, restoreRealData, testDb } from '../support/graph.ts';

let db: Database;
beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => {
  await restoreRealData(db);
  await db.close();
});

describe('ingestion into Neo4j', () => {
  it('syncs to the mini data, then a second run changes nothing', async () => {
    const { dir, cleanup } = tempDataDir();
    try {
      const first = await runIngest({ db, dataDir: dir, allowRemoval: true });
      expect(first.written).toBe(true);
      const second = await runIngest({ db, dataDir: dir });
      expect(second.changed).toBe(false);
      expect(second.rows).toBe(0);
      expect(Object.values(second.summary.nodes).every((c) => c.created === 0 && c.changed === 0 && c.removed === 0)).toBe(true);
      const fp = await fingerprint(db);
      expect(fp.version).toBe(first.dataVersion);
      expect(fp.nodes).toBe(Object.values(first.summary.nodes).reduce((n, c) => n + c.total, 0));
    } finally {
      cleanup();
    }
  });

  it('removes from the graph what was removed from data/, and changes what changed', async () => {
    const { dir, cleanup } = tempDataDir();
    try {
      await runIngest({ db, dataDir: dir, allowRemoval: true });
      rmSync(path.join(dir, 'instruments/instruments.yaml'));
      // Remove the relationship that pointed at the instrument, and change Kenya's name.
      writeFileSync(path.join(dir, 'relations/relations.yaml'), (await import('node:fs')).readFileSync(path.join(dir, 'relations/relations.yaml'), 'utf8').replace(/- type: PARTY_TO[\s\S]*?(?=- type: HOLDS_POSITION)/, ''));
      const states = path.join(dir, 'states/states.csv');
      writeFileSync(states, (await import('node:fs')).readFileSync(states, 'utf8').replace('state:KEN,KEN,KE,404,Kenya,', 'state:KEN,KEN,KE,404,Kenya (renamed in test),'));
      const result = await runIngest({ db, dataDir: dir });
      expect(result.summary.nodes.Instrument).toEqual({ created: 0, changed: 0, removed: 1, total: 0 } as never);
      expect(result.summary.nodes.State!.changed).toBe(1);
      const rows = await db.read('ingest/read-nodes');
      expect(rows.some((r) => r.id === 'instrument:budapest-convention')).toBe(false);
      const [kenya] = (await db.driver.executeQuery("MATCH (n:Entity {id: 'state:KEN'}) RETURN n.name AS name", {}, { database: 'neo4j' })).records;
      expect(kenya!.get('name')).toBe('Kenya (renamed in test)');
    } finally {
      cleanup();
    }
  });

  it('--plan reports the changes and writes nothing', async () => {
    const { dir, cleanup } = tempDataDir();
    try {
      await runIngest({ db, dataDir: dir, allowRemoval: true });
      const before = await fingerprint(db);
      appendFileSync(path.join(dir, 'organisations/organisations.yaml'), '- id: org:new\n  name: New Org\n  sources:\n    - source: https://example.org\n      locator: home\n      curation: primary\n');
      const plan = await runIngest({ db, dataDir: dir, dryRun: true });
      expect(plan.summary.nodes.Organisation!.created).toBe(1);
      expect(plan.written).toBe(false);
      expect(await fingerprint(db)).toEqual(before);
    } finally {
      cleanup();
    }
  });

  it('leaves the graph exactly as it was when a batch fails midway', async () => {
    await restoreRealData(db);
    const before = await fingerprint(db);
    const { dir, cleanup } = tempDataDir();
    try {
      await expect(runIngest({ db, dataDir: dir, batchSize: 2, failAfterBatches: 5, allowRemoval: true })).rejects.toThrow('simulated failure');
      expect(await fingerprint(db)).toEqual(before);
    } finally {
      cleanup();
    }
  });

  it('leaves the graph as it was when the import process is killed midway', async () => {
    await restoreRealData(db);
    const before = await fingerprint(db);
    const { dir, cleanup } = tempDataDir();
    try {
      // Enough rows that the import is still running when we kill it.
      const lines = ['type,from,to,source,locator,curation'];
      for (let i = 0; i < 3000; i++) lines.push(`CITES,paper:10.53066/mlr.2024.23.1.73,paper:test-${i},https://example.org,row ${i},primary`);
      writeFileSync(path.join(dir, 'relations/many.csv'), `${lines.join('\n')}\n`);
      writeFileSync(path.join(dir, 'papers/many.csv'), `id,title,source,locator,curation\n${Array.from({ length: 3000 }, (_, i) => `paper:test-${i},Test paper ${i},https://example.org,row ${i},primary`).join('\n')}\n`);
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/ingest.ts', '--data', dir, '--batch-size', '50', '--allow-removal'], {
        env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: inject('neo4jPassword') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const killed = new Promise<void>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          // Kill once entities are being written but before the commit.
          if (/write entities: \d+\/\d+ rows/.test(output) && !child.killed) {
            child.kill('SIGKILL');
          }
        });
        child.on('exit', () => resolve());
      });
      await killed;
      expect(output).toMatch(/write entities/);
      expect(output).not.toMatch(/Loaded data version/);
      // The server notices the dropped connection and rolls the transaction back.
      await new Promise((r) => setTimeout(r, 1500));
      expect(await fingerprint(db)).toEqual(before);
    } finally {
      cleanup();
    }
  });

  it('writes nothing when any file is invalid, and lists every error', async () => {
    const before = await fingerprint(db);
    const { dir, cleanup } = tempDataDir(path.join(BAD_DATA, '30-invalid-position-stance', 'overlay'));
    try {
      const err = await runIngest({ db, dataDir: dir }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DataInvalidError);
      expect((err as DataInvalidError).message).toContain('relations/bad.yaml:4:11 stance: got "mandatory", expected one of binding|voluntary|unsettled|contested');
      expect(await fingerprint(db)).toEqual(before);
    } finally {
      cleanup();
    }
  });

  it('stages a large first load into an empty graph: interrupted it leaves the graph empty, completed it equals a one-transaction load', async () => {
    const wipe = () => db.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: db.database });
    const count = async (label: string) => Number((await db.driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS n`, {}, { database: db.database })).records[0]!.get('n'));
    const { dir, cleanup } = tempDataDir();
    try {
      await wipe();
      await runIngest({ db, dataDir: dir });
      const oneTransaction = await fingerprint(db);
      // Stored degrees (degrees.ts): by degrees.cypher here, from the rows in the staged load.
      const degrees = async () =>
        (await db.driver.executeQuery('MATCH (n:Entity) RETURN n.id AS id, [n.degTypes, n.degCounts, n.nbrKinds, n.nbrCounts] AS d, valueType(n.degCounts) AS type ORDER BY id', {}, { database: db.database })).records.map((r) => toPlain(r.toObject()));
      const oneTransactionDegrees = await degrees();
      expect(oneTransactionDegrees.length).toBeGreaterThan(0);

      await wipe();
      await expect(runIngest({ db, dataDir: dir, stagedThreshold: 1, batchSize: 3, failAfterBatches: 4 })).rejects.toThrow('simulated failure');
      expect(await count('Entity')).toBe(0); // nothing visible to the API
      expect(await count('AtlasStaging')).toBeGreaterThan(0); // what was written stays hidden

      const staged = await runIngest({ db, dataDir: dir, stagedThreshold: 1, batchSize: 3 });
      expect(staged.written).toBe(true);
      expect(await count('AtlasStaging')).toBe(0); // leftovers cleared, everything published
      expect(await fingerprint(db)).toEqual(oneTransaction);
      expect(await degrees()).toEqual(oneTransactionDegrees);
      expect((await runIngest({ db, dataDir: dir })).changed).toBe(false);
    } finally {
      cleanup();
    }
  });
});

