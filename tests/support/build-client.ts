/**
 * Builds the explorer for the end-to-end tests when client/dist is missing or older than
 * client/ (the same check `npm start` uses), so a test run always exercises the current code.
 */
import { buildClient, CLIENT_DIST } from '../../server/src/cli/build-client.ts';

export async function buildClientOnce(): Promise<string> {
  await buildClient((m) => process.stdout.write(`[e2e] ${m}\n`));
  return CLIENT_DIST;
}
