/**
 * The stored-only properties (server/src/model/cypher-regions.ts: full text, search text, hash,
 * stored degrees) stay in the database: the entity maps the reads return leave them out, so they
 * are not sent over Bolt, decoded and dropped on every read. Checked on what Neo4j returns, not on
 * the API's answer (toEntity drops them too, which would hide a query that sends them).
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIMELINE_EVENTS } from '../../server/src/graphql/resolvers/timeline.ts';
import { buildLuceneQuery } from '../../server/src/graphql/search/lucene.ts';
import { STORED_ONLY_PROPERTIES } from '../../server/src/model/cypher-regions.ts';
import type { Database, Row } from '../../server/src/neo4j/database.ts';
import { openDb } from './api/support.ts';

let db: Database;
beforeAll(async () => {
  db = await openDb();
});
afterAll(async () => {
  await db?.close();
});

/**
 * Every stored-only key with a value in an entity map (a map with an `id` and a `kind`) anywhere
 * in the rows, with where it was found. Relationship properties keep their `hash` (not entities).
 */
function storedOnlyIn(rows: Row[]): string[] {
  const found: string[] = [];
  const visit = (v: unknown, at: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${at}[${i}]`));
    else if (v && typeof v === 'object' && !neo4j.isInt(v)) {
      const entity = typeof (v as Row).id === 'string' && typeof (v as Row).kind === 'string';
      for (const [k, x] of Object.entries(v)) {
        if (entity && (STORED_ONLY_PROPERTIES as readonly string[]).includes(k) && x !== null) found.push(`${at}.${k}`);
        visit(x, `${at}.${k}`);
      }
    }
  };
  rows.forEach((r, i) => visit(r, `row ${i}`));
  return found;
}

const DD = 'duty:due-diligence';

describe('entity maps from the reads', () => {
  it.each([
    ['queries/search', () => ({ query: buildLuceneQuery('due diligence').query, kinds: null, limit: neo4j.int(30), candidates: neo4j.int(30) })],
    ['queries/entities-by-id', () => ({ ids: [DD, 'state:KEN', 'org:au'] })],
    ['queries/timeline', () => ({ from: '2015-01-01', to: '2021-12-31', kinds: null, events: TIMELINE_EVENTS, limit: neo4j.int(200) })],
    ['queries/standing-facts', () => ({ actors: ['state:KEN', 'state:DEU'], norm: DD })],
  ] as const)('%s returns entities without stored-only properties', async (name, params) => {
    const rows = await db.read(name, params());
    expect(rows.length).toBeGreaterThan(0);
    expect(storedOnlyIn(rows)).toEqual([]);
  });

  it('search still says which alias matched: searchText comes as its own column', async () => {
    const rows = await db.read('queries/search', { query: buildLuceneQuery('due diligence').query, kinds: null, limit: neo4j.int(30), candidates: neo4j.int(30) });
    expect(rows.some((r) => typeof r.searchText === 'string' && r.searchText.length > 0)).toBe(true);
  });
});
