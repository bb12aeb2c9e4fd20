/** Loads the real data/ folder into the test database (the same path `npm run ingest` takes). */
import { connect } from '../../server/src/neo4j/database.ts';

export async function loadTestData(uri: string, password: string): Promise<void> {
  const db = await connect({ uri, user: 'neo4j', password, database: 'neo4j' });
  try {
    const { runIngest } = await import('../../server/src/ingest/index.ts');
    await runIngest({ db, dataDir: 'data' });
  } finally {
    await db.close();
  }
}
