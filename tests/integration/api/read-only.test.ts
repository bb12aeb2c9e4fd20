/**
 * Proof that the public endpoint cannot write, in four layers:
 * 1. the schema has no Mutation or Subscription type (and mutations are refused in validation);
 * 2. every query file the API can run (cypher/queries) is free of write clauses, and the API can
 *    only name files from that folder;
 * 3. the API's read path (db.read: a READ transaction) is refused by Neo4j when handed a write,
 *    although the test database's user may write;
 * 4. injection strings in every string argument of every query leave the graph unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../server/src/config.ts';
import { makeRead } from '../../../server/src/graphql/context.ts';
import { Breaker } from '../../../server/src/neo4j/availability.ts';
import { dataOf, neo4jPassword, neo4jUri, startApi, type Api } from './support.ts';

const QUERIES = path.join(ROOT, 'cypher/queries');
const WRITE_CLAUSE =
  /\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\s+CSV|IN\s+TRANSACTIONS|ALTER|GRANT|DENY|REVOKE)\b|\b(apoc|dbms|db\.create|db\.index\.fulltext\.(create|drop))\w*/i;

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

/** Counts and a check for the label the injection strings try to create, straight from Neo4j. */
async function graphState() {
  const driver = neo4j.driver(neo4jUri(), neo4j.auth.basic('neo4j', neo4jPassword()));
  try {
    const { records } = await driver.executeQuery(
      // Test-only inspection query (the app itself never holds Cypher text in TypeScript).
      'RETURN COUNT { (n) } AS nodes, COUNT { ()-[]->() } AS rels, COUNT { (:Pwned) } AS pwned',
      {},
      { database: 'neo4j', routing: neo4j.routing.READ },
    );
    const r = records[0]!;
    return { nodes: Number(r.get('nodes')), rels: Number(r.get('rels')), pwned: Number(r.get('pwned')) };
  } finally {
    await driver.close();
  }
}

describe('read-only endpoint', () => {
  it('has no Mutation or Subscription type, and refuses mutations in validation', async () => {
    const d = dataOf(await api.gql('{ __schema { queryType { name } mutationType { name } subscriptionType { name } } }'));
    expect(d.__schema).toEqual({ queryType: { name: 'Query' }, mutationType: null, subscriptionType: null });
    const res = await api.gql('mutation { x }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message).toMatch(/read-only/);
  });

  it('runs only query files, none of which can write', () => {
    const files = readdirSync(QUERIES).filter((f) => f.endsWith('.cypher'));
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const f of files) {
      const text = readFileSync(path.join(QUERIES, f), 'utf8')
        .split('\n')
        .filter((l) => !l.trimStart().startsWith('//'))
        .join('\n');
      expect(text, f).not.toMatch(WRITE_CLAUSE);
    }
    // The scan itself must be able to fail.
    expect('MATCH (n) DETACH DELETE n').toMatch(WRITE_CLAUSE);
    expect("CALL apoc.create.node(['X'], {})").toMatch(WRITE_CLAUSE);
  });

  it('cannot name a query outside cypher/queries', async () => {
    const read = makeRead({ db: api.db, logger: (await import('pino')).pino({ level: 'silent' }), breaker: new Breaker() });
    await expect(read('../tests/fixtures/hostile/write-attempt', {})).rejects.toThrow(/not a read query name/);
    await expect(read('ingest/create-rels', {})).rejects.toThrow(/not a read query name/);
  });

  it('is refused by Neo4j when its read path is handed a write (the user could write)', async () => {
    const before = await graphState();
    // db.read resolves names under cypher/; this one climbs to the test fixture on purpose.
    const error = await api.db.read('../tests/fixtures/hostile/write-attempt', {}).then(
      () => null,
      (e: unknown) => e as { code?: string; message?: string },
    );
    expect(error?.code ?? error?.message).toMatch(/AccessMode|read access mode|Writing in read/i);
    expect(await graphState()).toEqual(before);
  });

  it('keeps the graph unchanged after injection strings in every string argument of every query', async () => {
    const before = await graphState();
    const attacks = [
      "x'}) DETACH DELETE n //",
      '"}) MATCH (n) DETACH DELETE n //',
      "state:FRA'}) CREATE (:Pwned) //",
      "') CALL { CREATE (:Pwned) } //",
      '\\u0027}) MERGE (p:Pwned) RETURN p //',
      '*/ CREATE (:Pwned) /*',
    ];
    const queries = [
      'query($s: String!) { search(text: $s) { score } }',
      'query($s: ID!) { entity(id: $s) { id relationships(types: ["MEMBER_OF"]) { totalCount } } }',
      'query($s: String) { entity(id: "org:unga") { relationships(after: $s) { totalCount } } }',
      'query($s: String) { entities(after: $s) { totalCount } }',
      'query($s: ID!) { neighbourhood(id: $s) { truncated } }',
      'query($s: String!) { neighbourhood(id: "state:FRA", relationshipTypes: [$s]) { truncated } }',
      'query($s: ID!) { paths(from: $s, to: "duty:due-diligence") { length } }',
      'query($s: ID!) { paths(from: "state:KEN", to: $s) { length } }',
      'query($s: String!) { paths(from: "state:KEN", to: "duty:due-diligence", relationshipTypes: [$s]) { length } }',
      'query($s: ID!) { positions(duty: $s) { stance } }',
      'query($s: ID!) { compare(ids: [$s, "state:FRA"], duties: [$s]) { cells { positions { stance } } } }',
      'query($s: ID!) { memo(from: $s, to: "duty:due-diligence") { markdown } }',
      'query($s: Date) { timeline(from: $s) { date } }',
      'query($s: Date) { positions(duty: "duty:due-diligence", asOf: $s) { stance } }',
    ];
    let answered = 0;
    for (const q of queries) {
      for (const s of attacks) {
        const res = await api.gql(q, { s });
        expect(res.status, `${q} ${s}`).not.toBe(500);
        expect(JSON.stringify(res.body)).not.toMatch(/INTERNAL_SERVER_ERROR/);
        answered++;
      }
    }
    expect(answered).toBe(queries.length * attacks.length);
    expect(await graphState()).toEqual(before);
    expect(before.pwned).toBe(0);
  });
});
