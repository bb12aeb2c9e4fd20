/**
 * Readers see the previous version until the new one is complete: a reader loop runs during a
 * large sync (every bulk paper renamed in one commit) and checks that each answer holds one
 * version only. A plain read-committed reader in the same loop shows what the guard prevents.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../server/src/ingest/index.ts';
import { readConsistently } from '../../server/src/neo4j/consistent.ts';
import type { Database } from '../../server/src/neo4j/database.ts';
import { tempDataDir } from '../support/data-dirs.ts';
import { restoreRealData, testDb } from '../support/graph.ts';

const PAPERS = 8_000;
const INVARIANT = "MATCH (n:Paper) WHERE n.id STARTS WITH 'paper:bulk-' RETURN count(DISTINCT right(n.name, 3)) AS versions, count(n) AS papers";

let db: Database;
beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => {
  await restoreRealData(db);
  await db.close();
});

function writePapers(dir: string, version: string): void {
  const rows = Array.from({ length: PAPERS }, (_, i) => `paper:bulk-${i},Bulk paper ${i} ${version},2020,https://example.org/bulk,row ${i},secondary`);
  writeFileSync(path.join(dir, 'papers/bulk.csv'), `id,title,year,source,locator,curation\n${rows.join('\n')}\n`);
}

describe('a large sync is seen whole or not at all', () => {
  it('never answers with part old and part new rows', async () => {
    const { dir, cleanup } = tempDataDir();
    try {
      writePapers(dir, 'one');
      await runIngest({ db, dataDir: dir, allowRemoval: true });
      writePapers(dir, 'two');
      let syncing = true;
      const seen = { guarded: new Set<string>(), plain: new Set<string>(), guardedReads: 0 };
      const reader = async (guarded: boolean) => {
        while (syncing) {
          const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
          try {
            const result = await session.executeRead((tx) => (guarded ? readConsistently(tx, INVARIANT, {}, Date.now() + 30_000) : tx.run(INVARIANT)));
            const row = result.records[0]!;
            (guarded ? seen.guarded : seen.plain).add(`${row.get('versions')}/${row.get('papers')}`);
            if (guarded) seen.guardedReads++;
          } finally {
            await session.close();
          }
        }
      };
      const readers = [reader(true), reader(false)];
      const sync = await runIngest({ db, dataDir: dir });
      syncing = false;
      await Promise.all(readers);
      expect(sync.summary.nodes.Paper!.changed).toBe(PAPERS);
      console.log(`guarded answers: ${[...seen.guarded].join(', ')} (${seen.guardedReads} reads); plain answers: ${[...seen.plain].join(', ')}`);
      expect(seen.guardedReads).toBeGreaterThan(2);
      // One version per answer: every bulk title ends in the same version word.
      expect([...seen.guarded]).toEqual([`1/${PAPERS}`]);
    } finally {
      cleanup();
    }
  }, 240_000);
});
