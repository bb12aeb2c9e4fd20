/**
 * GraphQL over HTTP conformance: the graphql-http audit suite against the live endpoint. Every
 * MUST passes. SHOULDs that fail are pinned here with the reason, so a change either way is
 * noticed (and server/src/http/README.md explains them):
 *
 * - 572B, FDE2, 7B9B "SHOULD use 200 on document parsing / validation / variable coercion failure
 *   when accepting application/json": Apollo Server answers 400 for these, which is what the newer
 *   application/graphql-response+json media type asks for (those audits pass). A 400 tells caches,
 *   proxies and monitoring that the request was bad; we keep Apollo's behaviour.
 * MAY notices: 5A70, D6D5, 6A70 (GET requests without a preflight header) are refused by Apollo's
 * CSRF prevention on purpose: a cross-site <img> or link could send them.
 */
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApi, type Api } from './support.ts';

const KNOWN_SHOULD_FAILURES = ['572B', 'FDE2', '7B9B'];
const KNOWN_MAY_NOTICES = ['5A70', 'D6D5', '6A70'];

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

it('passes every MUST of the graphql-http server audits; failing SHOULDs are the known ones', async () => {
  const results: AuditResult[] = [];
  for (const audit of serverAudits({ url: `${api.url}/graphql` })) results.push(await audit.fn());
  const lines = results.map((r) => `${r.status.padEnd(6)} ${r.id} ${r.name}${r.status === 'ok' ? '' : ` :: ${r.reason}`}`);
  console.log(`graphql-http audit (${results.length} audits):\n${lines.join('\n')}`);

  const failing = results.filter((r) => r.status !== 'ok');
  expect(failing.filter((r) => r.name.startsWith('MUST')).map((r) => r.id)).toEqual([]);
  expect(
    failing
      .filter((r) => r.name.startsWith('SHOULD'))
      .map((r) => r.id)
      .sort(),
  ).toEqual([...KNOWN_SHOULD_FAILURES].sort());
  expect(
    failing
      .filter((r) => r.name.startsWith('MAY'))
      .map((r) => r.id)
      .sort(),
  ).toEqual([...KNOWN_MAY_NOTICES].sort());
  expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
});
