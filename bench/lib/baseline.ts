/**
 * The ingest baseline: the same rows ingestion would write, loaded with the barest statements
 * that produce the same graph (UNWIND + CREATE, one auto-commit transaction per batch, no
 * validation, no plan, no MERGE, no single big transaction), through the same driver, into a
 * fresh database with the same schema (constraints and indexes cost the same on both sides).
 *
 * The statements live here rather than in cypher/ because the application never runs them:
 * they exist only to be compared with. Values travel as parameters, as everywhere else.
 */
import type { Database } from '../../server/src/neo4j/database.ts';
import type { NodeRow, RelRow } from '../../server/src/ingest/normalize.ts';

export const BARE_CREATE_NODES = 'UNWIND $rows AS row CREATE (n:Entity) SET n = row.props SET n:$(row.kind)';
export const BARE_CREATE_RELS = 'UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) CREATE (a)-[r:$(row.type)]->(b) SET r = row.props';

export async function bareLoad(db: Database, rows: { nodes: NodeRow[]; rels: RelRow[] }, batchSize: number): Promise<{ nodesMs: number; relsMs: number }> {
  const run = async (query: string, all: unknown[]) => {
    const started = performance.now();
    for (let i = 0; i < all.length; i += batchSize) {
      await db.driver.executeQuery(query, { rows: all.slice(i, i + batchSize) }, { database: db.database });
    }
    return performance.now() - started;
  };
  const nodesMs = await run(BARE_CREATE_NODES, rows.nodes);
  const relsMs = await run(BARE_CREATE_RELS, rows.rels);
  return { nodesMs, relsMs };
}
