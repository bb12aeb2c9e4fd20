import { defineConfig } from 'vitest/config';

/**
 * One real Neo4j per test run: tests/support/global-setup.ts starts an embedded instance on a
 * free port with its own temporary store (never the user's), loads data/ into it, and hands
 * its URI to the tests (`inject('neo4jUri')`). Unit tests simply never ask for it.
 */
export default defineConfig({
  // One copy of graphql-js: Vite would otherwise load index.mjs beside Apollo's index.js.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['tests/**/*.test.ts', 'server/src/**/__tests__/*.test.ts', 'client/src/**/__tests__/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    // Browser and database polls: patient on a busy 2-core CI machine (the 1 s default flakes).
    expect: { poll: { timeout: 10_000, interval: 100 } },
    hookTimeout: 300_000,
    // Test files share one database; files that write to it use their own database name or
    // restore what they change, and run one at a time to keep the 2-core machines calm.
    fileParallelism: false,
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
