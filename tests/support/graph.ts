/** Helpers for tests that read or replace the test graph. */
import { createHash } from 'node:crypto';
import { inject } from 'vitest';
import { connect, type Database } from '../../server/src/neo4j/database.ts';
import { runIngest } from '../../server/src/ingest/index.ts';

export function testDb(): Promise<Database> {
  return connect({ uri: inject('neo4jUri'), user: 'neo4j', password: inject('neo4jPassword'), database: 'neo4j' });
}

/** Entity and relationship hashes plus the loaded data version: a fingerprint of the whole graph. */
export async function fingerprint(db: Database): Promise<{ nodes: number; rels: number; version: string | null; digest: string }> {
  const q = (cypher: string) => db.driver.executeQuery(cypher, {}, { database: db.database }).then((r) => r.records);
  const nodes = (await q('MATCH (n:Entity) RETURN n.id + n.hash AS h')).map((r) => String(r.get('h'))).sort();
  const rels = (await q('MATCH (:Entity)-[r]->(:Entity) RETURN r.key + r.hash AS h')).map((r) => String(r.get('h'))).sort();
  const [meta] = await q("OPTIONAL MATCH (m:AtlasMeta {key: 'data'}) RETURN m.dataVersion AS version");
  return { nodes: nodes.length, rels: rels.length, version: meta?.get('version') ?? null, digest: createHash('sha1').update(nodes.join()).update(rels.join()).digest('hex') };
}

/** Puts the real data/ back (other test files expect it), whatever fixture the graph held. */
export async function restoreRealData(db: Database): Promise<void> {
  await runIngest({ db, dataDir: 'data', allowRemoval: true });
}
