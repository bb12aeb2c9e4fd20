/**
 * The embedded Neo4j (here: the test run's instance, started like the app's) accepts nobody
 * without its password, and even with it LOAD CSV cannot read local files.
 */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type AuthToken } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-auth-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(auth: AuthToken | undefined, query: string): Promise<string> {
  const driver = auth ? neo4j.driver(inject('neo4jUri'), auth) : neo4j.driver(inject('neo4jUri'));
  try {
    const { records } = await driver.executeQuery(query, {}, { database: 'neo4j' });
    return `ok ${JSON.stringify(records.map((r) => r.toObject()))}`;
  } catch (err) {
    return `refused ${(err as { code?: string }).code}`;
  } finally {
    await driver.close();
  }
}

describe('Neo4j authentication', () => {
  it('refuses Bolt without credentials or with wrong ones', async () => {
    expect(inject('neo4jStoreDir'), 'this test needs the embedded test Neo4j').not.toBe('');
    expect(await run(undefined, "RETURN 'yes' AS x")).toBe('refused Neo.ClientError.Security.Unauthorized');
    expect(await run(neo4j.auth.basic('neo4j', 'neo4j'), "RETURN 'yes' AS x")).toBe('refused Neo.ClientError.Security.Unauthorized');
    expect(await run(neo4j.auth.basic('neo4j', ''), "RETURN 'yes' AS x")).toBe('refused Neo.ClientError.Security.Unauthorized');
    expect(await run(neo4j.auth.basic('neo4j', 'not-the-password'), "RETURN 'yes' AS x")).toBe('refused Neo.ClientError.Security.Unauthorized');
    // Four failed logins in a row do not lock the right password out (a page could otherwise lock the app out).
    expect(await run(neo4j.auth.basic('neo4j', inject('neo4jPassword')), "RETURN 'yes' AS x")).toBe('ok [{"x":"yes"}]');
  });

  it('refuses LOAD CSV from file:/// URLs, even with the password', async () => {
    const file = path.join(tmp, 'secret.csv');
    writeFileSync(file, 'secret\nvalue\n');
    const outcome = await run(neo4j.auth.basic('neo4j', inject('neo4jPassword')), `LOAD CSV FROM 'file://${file}' AS row RETURN row`);
    expect(outcome).toBe('refused Neo.ClientError.Statement.ExternalResourceFailed');
  });
});
