/**
 * Stored degrees: after a load or sync, every entity whose relationships may have changed gets
 * its degree per relationship type and its neighbours per kind (cypher/ingest/degrees.cypher).
 * The neighbourhood query plans a capped expansion of a hub from them, so it fetches only the
 * relationship types it will show instead of sorting every relationship of the hub.
 *
 * Why in the sync's own transaction: readers then never see a graph whose stored degrees
 * disagree with its relationships. A first load into an empty graph (staged, load.ts, or bulk,
 * bulk.ts) has no graph to ask yet: it computes them from its rows ({@link degreesOf}) and writes
 * them with the entities.
 */
import { int, type Transaction } from 'neo4j-driver';
import type { Database } from '../neo4j/database.ts';
import { cypher } from '../neo4j/cypher.ts';
import type { NodeRow, RelRow } from './normalize.ts';
import type { Plan } from './plan.ts';
import type { StoredOnlyProperty } from '../model/cypher-regions.ts';

const BATCH = 5_000;

/**
 * What degrees.cypher stores on an entity (parallel lists: a node property cannot be a map).
 * Stored-only (model/cypher-regions.ts): queries leave these out of the entities they return.
 */
export type StoredDegrees = Record<Extract<StoredOnlyProperty, 'degTypes' | 'nbrKinds'>, string[]> & Record<Extract<StoredOnlyProperty, 'degCounts' | 'nbrCounts'>, number[]>;

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The stored degrees of every entity, computed from the rows a load writes, counted as
 * degrees.cypher counts them: relationships to entities of the rows, a loop once (an undirected
 * MATCH returns it once), neighbours distinct, both lists ordered as Cypher's ORDER BY orders
 * strings (by UTF-16 code unit, as JavaScript's `<`). Why: the bulk first load writes them as
 * importer columns instead of asking the fresh graph for them (a pass of 18.7 s at scale 1,
 * measured 2026-12-02).
 *
 * @example
 * // a and b of kinds A and B, two relationships of type T from a to b:
 * degreesOf({ nodes: [a, b], rels: [t1, t2] }).get(a.id)
 * // { degTypes: ['T'], degCounts: [2], nbrKinds: ['B'], nbrCounts: [1] }
 */
export function degreesOf(rows: { nodes: NodeRow[]; rels: RelRow[] }): Map<string, StoredDegrees> {
  // Why numbers and sorting instead of a Map and a Set per entity: a million relationships made
  // those take 8 s, mostly garbage collection; two sorted typed arrays take well under one.
  const n = rows.nodes.length;
  const index = new Map(rows.nodes.map((node, i) => [node.id, i]));
  const kinds = [...new Set(rows.nodes.map((node) => node.kind as string))].sort(byCode);
  const kindOf = Int32Array.from(rows.nodes, (node) => kinds.indexOf(node.kind));
  const types = [...new Set(rows.rels.map((r) => r.type))].sort(byCode);
  const typeIndex = new Map(types.map((t, i) => [t, i]));
  // One entry per end (one for a loop): entity * types + type, and entity * n + neighbour.
  const byType = new Float64Array(2 * rows.rels.length);
  const byNeighbour = new Float64Array(2 * rows.rels.length);
  let size = 0;
  for (const r of rows.rels) {
    const [a, b] = [index.get(r.from), index.get(r.to)];
    if (a === undefined || b === undefined) continue;
    const t = typeIndex.get(r.type)!;
    byType[size] = a * types.length + t;
    byNeighbour[size++] = a * n + b;
    if (a === b) continue;
    byType[size] = b * types.length + t;
    byNeighbour[size++] = b * n + a;
  }
  const typeKeys = byType.subarray(0, size).sort();
  const neighbourKeys = byNeighbour.subarray(0, size).sort();

  const out = new Map<string, StoredDegrees>();
  const perKind = new Int32Array(kinds.length);
  let i = 0;
  let j = 0;
  for (let e = 0; e < n; e++) {
    const d: StoredDegrees = { degTypes: [], degCounts: [], nbrKinds: [], nbrCounts: [] };
    // Runs of equal keys: sorted by type index within the entity, so in the order of `types`.
    while (i < size && Math.floor(typeKeys[i]! / types.length) === e) {
      const key = typeKeys[i]!;
      let c = 0;
      for (; i < size && typeKeys[i] === key; i++) c++;
      d.degTypes.push(types[key % types.length]!);
      d.degCounts.push(c);
    }
    perKind.fill(0);
    while (j < size && Math.floor(neighbourKeys[j]! / n) === e) {
      const key = neighbourKeys[j]!;
      perKind[kindOf[key % n]!]!++;
      while (j < size && neighbourKeys[j] === key) j++;
    }
    perKind.forEach((c, k) => {
      if (!c) return;
      d.nbrKinds.push(kinds[k]!);
      d.nbrCounts.push(c);
    });
    out.set(rows.nodes[e]!.id, d);
  }
  return out;
}

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

/**
 * The four properties as a load writes them through Bolt: counts as Neo4j integers, as count()
 * gives (a JavaScript number would be stored as a float).
 *
 * @example degreeProps({ degTypes: ['T'], degCounts: [2], nbrKinds: ['B'], nbrCounts: [1] }).degCounts // [int(2)]
 */
export function degreeProps(d: StoredDegrees): Record<string, unknown> {
  return { ...d, degCounts: d.degCounts.map((c) => int(c)), nbrCounts: d.nbrCounts.map((c) => int(c)) };
}

/** Inside a sync's transaction: the plan's touched entities (or all). */
export async function writeDegreesInTx(tx: Transaction, plan: Plan, batchSize = BATCH): Promise<void> {
  const ids = touchedIds(plan) ?? (await allIds((q, p) => tx.run(q, p)));
  for (let i = 0; i < ids.length; i += batchSize) await tx.run(cypher('ingest/degrees'), { ids: ids.slice(i, i + batchSize) });
}

/** Every entity, in batches of their own transactions (the bench's fallback loader: bench/lib/graph.ts). */
export async function writeAllDegrees(db: Database, batchSize = BATCH): Promise<void> {
  const ids = await allIds((q, p) => db.driver.executeQuery(q, p, { database: db.database }));
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize);
    await db.write((tx) => tx.run(cypher('ingest/degrees'), { ids: batch }));
  }
}
