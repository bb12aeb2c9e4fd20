/**
 * Reads that never see half of a sync. Neo4j's isolation is read-committed, and a large commit
 * is applied to the store over a second or more, so a query running meanwhile could return
 * part old and part new rows. A sync therefore marks the commit (cypher/ingest/publish-begin
 * and publish-end, see server/src/ingest/load.ts); a read looks at the marker before and after
 * its query, in the same transaction, and runs again while a commit was under way or a new
 * version was published between the two looks. Readers thus see the previous version until the
 * new one is complete, at the cost of two tiny lookups per query.
 *
 * A marker older than {@link PUBLISH_STALE_MS} was left by a killed sync and is ignored; a read
 * that keeps meeting commits for longer than its deadline returns what it read.
 *
 * @example
 * const result = await session.executeRead((tx) => readConsistently(tx, cypher('queries/entity'), { id }, Date.now() + 10_000));
 */
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { cypher } from './cypher.ts';

export const PUBLISH_STALE_MS = 60_000;
const RETRY_MS = 50;

async function publishState(result: Promise<QueryResult>): Promise<{ publishing: boolean; published: unknown }> {
  const row = (await result).records[0];
  return { publishing: row?.get('publishing') === true, published: row?.get('published') ?? null };
}

export async function readConsistently(tx: ManagedTransaction, query: string, params: Record<string, unknown>, deadline: number): Promise<QueryResult> {
  const look = () => tx.run(cypher('queries/publish-state'), { staleMs: PUBLISH_STALE_MS });
  for (;;) {
    // The three queries go out together and the server runs them in order in this transaction:
    // one round trip instead of three (the looks need no answer before the query is sent, the
    // query runs whatever the first look says). Awaited in order, so a failing query throws its
    // own error; the last look then fails with it and its error is dropped.
    const first = look();
    const main = tx.run(query, params);
    const last = look();
    const lastState = publishState(last);
    lastState.catch(() => undefined);
    const before = await publishState(first);
    const result = await main;
    const after = await lastState;
    if ((!before.publishing && !after.publishing && before.published === after.published) || Date.now() >= deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}
