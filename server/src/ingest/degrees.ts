/**
 * Stored degrees: after a load or sync, every entity whose relationships may have changed gets
 * its degree per relationship type and its neighbours per kind (cypher/ingest/degrees.cypher).
 * The neighbourhood query plans a capped expansion of a hub from them, so it fetches only the
 * relationship types it will show instead of sorting every relationship of the hub.
 *
 * Why in the sync's own transaction: readers then never see a graph whose stored degrees
 * disagree with its relationships. (A staged first load writes them in batches right after it
 * publishes; until then the neighbourhood query counts live, with the same answers, only slower.)
 */
import type { Transaction } from 'neo4j-driver';
import type { Database } from '../neo4j/database.ts';
import { cypher } from '../neo4j/cypher.ts';
import type { Plan } from './plan.ts';

const BATCH = 5_000;

/**
 * The entities a plan can change the degrees of: written entities (SET n = props clears stored
 * degrees too) and both ends of every relationship created, updated or removed. Null when the
 * plan removes entities (their relationships go with them, neighbours unknown here): all.
 */
export function touchedIds(plan: Plan): string[] | null {
  if (plan.nodes.remove.length || plan.strays.nodes.length || plan.strays.rels.length) return null;
  const ids = new Set<string>();
  for (const n of [...plan.nodes.create, ...plan.nodes.update]) ids.add(n.id);
  for (const r of [...plan.rels.create, ...plan.rels.update, ...plan.rels.remove]) ids.add(r.from).add(r.to);
  return [...ids];
}

async function allIds(run: (q: string, p: Record<string, unknown>) => Promise<{ records: Array<{ get(k: string): unknown }> }>): Promise<string[]> {
  const res = await run(cypher('ingest/entity-ids'), {});
  return res.records.map((r) => String(r.get('id')));
}

/** Inside a sync's transaction: the plan's touched entities (or all). */
export async function writeDegreesInTx(tx: Transaction, plan: Plan, batchSize = BATCH): Promise<void> {
  const ids = touchedIds(plan) ?? (await allIds((q, p) => tx.run(q, p)));
  for (let i = 0; i < ids.length; i += batchSize) await tx.run(cypher('ingest/degrees'), { ids: ids.slice(i, i + batchSize) });
}

/** After a staged first load is published: every entity, in batches of their own transactions. */
export async function writeAllDegrees(db: Database, batchSize = BATCH): Promise<void> {
  const ids = await allIds((q, p) => db.driver.executeQuery(q, p, { database: db.database }));
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize);
    await db.write((tx) => tx.run(cypher('ingest/degrees'), { ids: batch }));
  }
}
