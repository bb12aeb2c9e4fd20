/**
 * The bulk first load (server/src/ingest/bulk.ts) against the normal load: data/ imported by
 * Neo4j's own importer into a fresh embedded store gives the same graph as `runIngest` gave the
 * test graph: the same labels, the same properties (provenance lists included) on every entity
 * and relationship, the same stored degrees (computed from the rows there, by degrees.cypher
 * here), the same sync marker; and a sync right after it changes and repairs nothing.
 * An interrupted bulk load (pending marker left) is imported again from scratch.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jConfig } from '../../server/src/config.ts';
import { canBulkLoad, openForFirstLoad } from '../../server/src/ingest/bulk.ts';
import { prepareData, runIngest, type Prepared } from '../../server/src/ingest/index.ts';
import type { Database } from '../../server/src/neo4j/database.ts';
import { toPlain } from '../../server/src/neo4j/values.ts';
import { testDb } from '../support/graph.ts';
import { freePort } from '../support/ports.ts';

/** Every entity and relationship as stored, keyed by id and key: labels, type, ends, properties. */
async function snapshot(db: Database): Promise<Map<string, unknown>> {
  const q = async (query: string) => (await db.driver.executeQuery(query, {}, { database: db.database })).records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
  const clean = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)));
  const out = new Map<string, unknown>();
  for (const n of await q('MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props')) {
    out.set(`node ${String(n.id)}`, { labels: [...(n.labels as string[])].sort(), props: clean(n.props as Record<string, unknown>) });
  }
  for (const r of await q('MATCH (a:Entity)-[r]->(b:Entity) RETURN r.key AS key, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props')) {
    out.set(`rel ${String(r.key)}`, { type: r.type, from: r.from, to: r.to, props: clean(r.props as Record<string, unknown>) });
  }
  return out;
}

/** Counts per label and per relationship type. */
async function counts(db: Database): Promise<Record<string, number>> {
  const res = await db.driver.executeQuery(
    'MATCH (n:Entity) UNWIND labels(n) AS l WITH l, count(*) AS c RETURN "label " + l AS k, c UNION ALL MATCH (:Entity)-[r]->(:Entity) RETURN "type " + type(r) AS k, count(*) AS c',
    {},
    { database: db.database },
  );
  return Object.fromEntries(res.records.map((r) => [String(r.get('k')), Number(toPlain(r.get('c')))]));
}

let normal: Database;
let prepared: Prepared;
let storeDir: string;
let config: Extract<Neo4jConfig, { mode: 'embedded' }>;

beforeAll(async () => {
  normal = await testDb();
  prepared = prepareData({ dataDir: 'data' });
  expect(prepared.errors).toEqual([]);
  // The shared test graph holds data/ after every file; make sure, the normal way.
  await runIngest({ db: normal, dataDir: 'data', prepared, allowRemoval: true });
  storeDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bulk-test-'));
  config = { mode: 'embedded', uri: '', user: 'neo4j', password: '', database: 'neo4j', boltPort: await freePort(), storeDir, heapMb: 1024, pageCacheMb: 128, txTimeoutS: 120, startTimeoutS: 600 };
});

afterAll(async () => {
  await normal.close();
  rmSync(storeDir, { recursive: true, force: true });
});

describe('bulk first load with the Neo4j importer', () => {
  it('gives the same graph as the normal load, and the next sync changes nothing', { timeout: 900_000 }, async () => {
    expect(canBulkLoad(config)).toBe(true);
    const { runtime, bulk } = await openForFirstLoad(config, 30_000, prepared, { minRows: 0 });
    try {
      expect(bulk).toBeDefined();
      expect(bulk!.nodes).toBe(prepared.nodes.length);
      const db = runtime.db;
      expect(await counts(db)).toEqual(await counts(normal));
      const [want, have] = [await snapshot(normal), await snapshot(db)];
      expect(have.size).toBe(want.size);
      // Provenance on a named sample first (a readable failure), then everything.
      const sample = [...want.keys()].filter((k) => k.startsWith('rel ')).slice(0, 5);
      for (const k of ['node state:KEN', 'node state:FRA', ...sample]) expect(have.get(k)).toEqual(want.get(k));
      for (const [k, v] of want) expect(have.get(k), k).toEqual(v);
      // The stored degrees are compared too: both sides have them.
      expect((have.get('node state:KEN') as { props: { degTypes?: string[] } }).props.degTypes?.length).toBeGreaterThan(0);

      const meta = await db.read('ingest/read-meta');
      expect(meta[0]?.dataVersion).toBe(prepared.dataVersion);
      const again = await runIngest({ db, dataDir: 'data', prepared });
      expect(again.changed).toBe(false);
      expect(again.repairs).toEqual([]);
    } finally {
      await runtime.stop();
    }
    expect(canBulkLoad(config)).toBe(false); // the store holds the database now
  });

  it('imports again from scratch after an interrupted bulk load', { timeout: 900_000 }, async () => {
    writeFileSync(path.join(storeDir, 'bulk-load.pending'), 'left by a killed run\n');
    expect(canBulkLoad(config)).toBe(true);
    const { runtime, bulk } = await openForFirstLoad(config, 30_000, prepared, { minRows: 0 });
    try {
      expect(bulk).toBeDefined();
      expect(await counts(runtime.db)).toEqual(await counts(normal));
    } finally {
      await runtime.stop();
    }
  });
});
