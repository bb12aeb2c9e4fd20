/**
 * Starts the test run's own embedded Neo4j (temporary store, free port), loads data/ into it,
 * and provides its URI to every test file. Stops it at the end of the run.
 *
 * Set TEST_NEO4J_URI (and TEST_NEO4J_PASSWORD) to run the suite against an existing Neo4j
 * instead (it must be a throw-away database: the tests write to it).
 *
 * Authentication is on, as in the app: the test instance's random password is in its store's
 * credentials.json, and tests get it with `inject('neo4jPassword')`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/neo4j/launcher.ts';
import { freePort } from './ports.ts';
import { loadTestData } from './load-test-data.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** The password of the user neo4j on that server. */
    neo4jPassword: string;
    /** The test Neo4j's store folder ('' when TEST_NEO4J_URI points elsewhere). */
    neo4jStoreDir: string;
  }
}

let embedded: EmbeddedNeo4j | undefined;
let storeDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  let uri = process.env.TEST_NEO4J_URI;
  let password = process.env.TEST_NEO4J_PASSWORD ?? '';
  if (!uri) {
    storeDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-test-neo4j-'));
    embedded = await startEmbeddedNeo4j({
      storeDir,
      boltPort: await freePort(),
      heapMb: 1024,
      pageCacheMb: 256,
      txTimeoutS: 120,
      startTimeoutS: 600, // a 2-core machine shared with other work can be very slow
      onProgress: (m) => process.stdout.write(`[test neo4j] ${m}\n`),
    });
    uri = embedded.uri;
    password = embedded.password;
  }
  await loadTestData(uri, password);
  project.provide('neo4jUri', uri);
  project.provide('neo4jPassword', password);
  project.provide('neo4jStoreDir', storeDir ?? '');
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (storeDir) rmSync(storeDir, { recursive: true, force: true });
}
