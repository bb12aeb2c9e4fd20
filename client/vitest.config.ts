import { defineConfig } from 'vitest/config';

/**
 * The explorer's unit tests alone, without the project's global setup (which starts Neo4j):
 * `npx vitest run --config client/vitest.config.ts` runs in a few seconds. The root config
 * runs them too, as part of `npm test`.
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['client/src/**/__tests__/*.test.ts'],
    testTimeout: 20_000,
  },
});
