/**
 * The planned neighbourhood step (issue 16: cypher/queries/neighbourhood-step-planned.cypher,
 * which reads the degrees ingestion stores) gives exactly the rows of the walking step
 * (neighbourhood-step.cypher) with no filter, on the real data/ graph: the hub (the General
 * Assembly), states, a duty, papers, a person, and entities whose stored degrees were removed
 * (the live-count fallback). And the stored degrees are what the graph holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toParams } from '../../../server/src/graphql/context.ts';
import { CAPS } from '../../../server/src/graphql/limits/caps.ts';
import { TYPE_RANK } from '../../../server/src/graphql/resolvers/neighbourhood.ts';
import type { Database } from '../../../server/src/neo4j/database.ts';
import { openDb } from './support.ts';

let db: Database;
beforeAll(async () => {
  db = await openDb();
});
afterAll(async () => {
  await db?.close();
});

const NO_FILTERS = { types: null, kinds: null, stances: null, years: null, asOf: null };

/** Rows of a step, in a form two queries can be compared by (counts per kind sorted). */
async function step(query: string, frontier: string[], cap: number = CAPS.neighbourhoodPerEntity) {
  const rows = await db.read(query, toParams({ ...NO_FILTERS, frontier, cap, typeRank: TYPE_RANK }) as Record<string, unknown>);
  return rows.map((r): Record<string, unknown> => ({
    ...r,
    countsByKind: [...((r.countsByKind ?? []) as Array<{ kind: string; count: number }>)].sort((a, b) => a.kind.localeCompare(b.kind)),
  }));
}

/** Entities of every shape: the hub, the busiest entities, and some of few relationships. */
async function sample(): Promise<string[]> {
  // Test-side lookup of inputs (read-only), never run by the application.
  const res = await db.driver.executeQuery(
    'MATCH (n:Entity) WITH n, COUNT { (n)--() } AS d ORDER BY d DESC, n.id RETURN collect(n.id) AS ids',
    {},
    { database: db.database, routing: 'READ' },
  );
  const ids = res.records[0]!.get('ids') as string[];
  return [...new Set(['org:unga', 'state:KEN', 'state:USA', 'duty:due-diligence', ...ids.slice(0, 15), ...ids.filter((_, i) => i % 97 === 0)])];
}

describe('planned neighbourhood step', () => {
  it('answers exactly as the walking step, hubs included, at the API cap and at small caps', async () => {
    const ids = await sample();
    expect(ids.length).toBeGreaterThan(20);
    for (const cap of [CAPS.neighbourhoodPerEntity, 3]) {
      for (const id of ids) {
        const [planned, walked] = await Promise.all([step('queries/neighbourhood-step-planned', [id], cap), step('queries/neighbourhood-step', [id], cap)]);
        expect(planned, `${id} at cap ${cap}`).toEqual(walked);
      }
    }
    // A whole frontier at once, as depth 2 and 3 send it.
    const frontier = ids.slice(0, 10);
    expect(await step('queries/neighbourhood-step-planned', frontier)).toEqual(await step('queries/neighbourhood-step', frontier));
    // The hub is capped: 40 of its relationships, the rest counted.
    const [unga] = await step('queries/neighbourhood-step-planned', ['org:unga']);
    expect((unga!.edges as unknown[]).length).toBe(CAPS.neighbourhoodPerEntity);
    expect(Number(unga!.total)).toBeGreaterThan(CAPS.neighbourhoodPerEntity);
  });

  it('stores each entity’s degree per type and neighbours per kind as the graph has them', async () => {
    const res = await db.driver.executeQuery(
      `MATCH (n:Entity)
       WITH n, COLLECT { MATCH (n)-[r]-(:Entity) WITH type(r) AS t, count(*) AS c ORDER BY t RETURN [t, c] } AS live
       WHERE n.degTypes IS NULL OR live <> [i IN range(0, size(n.degTypes) - 1) | [n.degTypes[i], n.degCounts[i]]]
       RETURN count(n) AS wrong`,
      {},
      { database: db.database, routing: 'READ' },
    );
    expect(res.records[0]!.get('wrong').toNumber()).toBe(0);
  });

  it('counts live, with the same answer, where no degrees are stored', async () => {
    // A copy of the hub's answer without its stored degrees: in a transaction that is rolled back.
    const session = db.driver.session({ database: db.database });
    const tx = session.beginTransaction();
    try {
      const { cypher } = await import('../../../server/src/neo4j/cypher.ts');
      const params = toParams({ ...NO_FILTERS, frontier: ['org:unga', 'state:KEN'], cap: CAPS.neighbourhoodPerEntity, typeRank: TYPE_RANK }) as Record<string, unknown>;
      const before = (await tx.run(cypher('queries/neighbourhood-step-planned'), params)).records.map((r) => r.toObject());
      // Test-side write inside a transaction that is never committed.
      await tx.run("MATCH (n:Entity) WHERE n.id IN ['org:unga', 'state:KEN'] REMOVE n.degTypes, n.degCounts, n.nbrKinds, n.nbrCounts");
      const after = (await tx.run(cypher('queries/neighbourhood-step-planned'), params)).records.map((r) => r.toObject());
      // The stored degrees are properties too (of the node and of the neighbours in the edges): compare the rest.
      const norm = (rows: Array<Record<string, unknown>>) =>
        rows.map((r) => ({
          id: r.id,
          degree: String(r.degree),
          total: String(r.total),
          neighbourCount: String(r.neighbourCount),
          edges: (r.edges as Array<{ type: string; start: string; other: { id: string } }>).map((e) => `${e.type} ${e.start} ${e.other.id}`),
          countsByKind: (r.countsByKind as Array<{ kind: string; count: unknown }>).map((c) => `${c.kind} ${String(c.count)}`).sort(),
        }));
      expect(norm(after)).toEqual(norm(before));
    } finally {
      await tx.rollback();
      await session.close();
    }
  });
});
