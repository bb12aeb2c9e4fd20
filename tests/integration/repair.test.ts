/**
 * A sync puts right what was changed in Neo4j directly (not through data/): it compares the
 * graph's content with data/, not only the recorded version, and says what it repaired.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../server/src/ingest/index.ts';
import { formatSummary } from '../../server/src/cli/summary.ts';
import { syncDataIfStale } from '../../server/src/cli/sync-on-start.ts';
import type { Config } from '../../server/src/config.ts';
import type { Logger } from '../../server/src/log.ts';
import type { Database } from '../../server/src/neo4j/database.ts';
import { fingerprint, restoreRealData, testDb } from '../support/graph.ts';

let db: Database;
beforeAll(async () => {
  db = await testDb();
  await restoreRealData(db);
});
afterAll(async () => {
  await restoreRealData(db);
  await db.close();
});

const run = (query: string) => db.driver.executeQuery(query, {}, { database: db.database }).then((r) => r.records);
const franceName = async () => (await run("MATCH (n:Entity {id: 'state:FRA'}) RETURN n.name AS name"))[0]?.get('name') as string;

describe('tampering is repaired by the next sync', () => {
  it('renames France back and says so', async () => {
    const before = await fingerprint(db);
    await run("MATCH (n:Entity {id: 'state:FRA'}) SET n.name = 'Tampered'");
    expect(await franceName()).toBe('Tampered');
    const result = await runIngest({ db, dataDir: 'data' });
    expect(result.written).toBe(true);
    expect(result.repairs).toEqual(['state:FRA: name differed from data/']);
    expect(await franceName()).toBe('France');
    expect(await fingerprint(db)).toEqual(before);
    const text = formatSummary(result, false);
    expect(text).toContain('Repaired 1 difference(s) between data/ and the graph');
    expect(text).toContain('state:FRA: name differed from data/');
    expect((await runIngest({ db, dataDir: 'data' })).changed).toBe(false);
  });

  it('repairs added, removed and relabelled content in one sync', async () => {
    const before = await fingerprint(db);
    await run("MATCH (n:Entity {id: 'state:DEU'}) SET n:Paper, n.injected = true");
    await run("MATCH (a:Entity {id: 'state:FRA'}), (b:Entity {id: 'state:DEU'}) CREATE (a)-[:RIVAL_OF {note: 'forged'}]->(b)");
    await run("CREATE (:Entity:State {name: 'Atlantis'})");
    const [victim] = await run('MATCH (:Entity)-[r:MEMBER_OF]->(:Entity) RETURN r.key AS key LIMIT 1');
    await run(`MATCH ()-[r:MEMBER_OF {key: ${JSON.stringify(victim!.get('key'))}}]->() DELETE r`);
    await run("MATCH (n:Entity {id: 'state:ITA'}) SET n.hash = 'forged'");

    const result = await runIngest({ db, dataDir: 'data' });
    expect(result.repairs).toHaveLength(5);
    expect(result.repairs).toEqual(
      expect.arrayContaining([
        'state:DEU: injected, labels differed from data/',
        'a RIVAL_OF state:FRA → state:DEU relationship without a key is not in data/: removed',
        'an entity without an id (State) is not in data/: removed',
        expect.stringMatching(/^MEMBER_OF .* missing from the graph: restored$/),
        'state:ITA: hash differed from data/',
      ]),
    );
    expect(await fingerprint(db)).toEqual(before);
    expect((await run("MATCH (n:Entity {id: 'state:DEU'}) RETURN labels(n) AS l"))[0]!.get('l')).toEqual(['Entity', 'State']);
    expect((await run("MATCH (n:Entity {name: 'Atlantis'}) RETURN count(n) AS n"))[0]!.get('n').toNumber()).toBe(0);
  });

  it('npm start repairs too, instead of trusting the recorded version', async () => {
    await run("MATCH (n:Entity {id: 'state:FRA'}) SET n.name = 'Tampered'");
    const said: string[] = [];
    const logger = { info: (m: string) => said.push(m), warn: (m: string) => said.push(m) } as unknown as Logger;
    await syncDataIfStale(db, { dataDir: path.resolve('data') } as Config, logger);
    expect(await franceName()).toBe('France');
    expect(said.join('\n')).toContain('state:FRA: name differed from data/');
  });
});
