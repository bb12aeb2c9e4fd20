/**
 * The hostile request corpus (tests/fixtures/hostile): depth bombs, alias floods, huge sizes,
 * fragment cycles, token floods, oversized and malformed bodies, wrong content types, GET
 * mutations, injection strings. Each is answered with its expected status and error code, and
 * none with a 500. Then fuzzed search strings: every one is plain text (200, a list, no error).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCases, searchStrings, send } from './hostile-requests.ts';
import { startApi, type Api } from './support.ts';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

describe('hostile requests', () => {
  const cases = hostileCases();
  it('has a corpus worth the name', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map(({ file, c }) => [file, c] as const))('%s', async (_file, c) => {
    const res = await send(api.url, c);
    const text = await res.text();
    expect(res.status, text.slice(0, 300)).not.toBe(500);
    expect(res.status, text.slice(0, 300)).toBe(c.expect.status);
    const body = JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code ?? null, text.slice(0, 300)).toBe(c.expect.code);
    if (c.expect.data !== undefined) expect(body.data).toEqual(c.expect.data);
    // Whatever went wrong, the answer names no internals.
    expect(text).not.toMatch(/Neo4jError|neo4j\.|bolt:\/\/|MATCH \(|at .*\.ts:\d+|stacktrace/i);
  });
});

describe('fuzzed search strings', () => {
  it('searches every Lucene, Cypher and Unicode oddity as plain text', async () => {
    const failures: string[] = [];
    for (const text of searchStrings()) {
      const res = await api.gql(`query($t: String!) { search(text: $t, first: 5) { score field highlight entity { id } } }`, { t: text });
      if (res.status !== 200 || res.body.errors || !Array.isArray(res.body.data?.search)) {
        failures.push(`${JSON.stringify(text)} -> ${res.status} ${JSON.stringify(res.body.errors)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('survives random Unicode', async () => {
    // A fixed seed: a failure is reproducible.
    let seed = 20240731;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const ranges = [
      [0x21, 0x7e],
      [0xa0, 0x2ff],
      [0x400, 0x4ff],
      [0x600, 0x6ff],
      [0x4e00, 0x4fff],
      [0x1f300, 0x1f6ff],
    ] as const;
    const failures: string[] = [];
    for (let i = 0; i < 40; i++) {
      const length = 1 + Math.floor(rand() * 40);
      let text = '';
      for (let j = 0; j < length; j++) {
        const [lo, hi] = ranges[Math.floor(rand() * ranges.length)]!;
        text += rand() < 0.15 ? ' ' : String.fromCodePoint(lo + Math.floor(rand() * (hi - lo)));
      }
      const res = await api.gql(`query($t: String!) { search(text: $t, first: 3) { score } }`, { t: text });
      const blank = text.trim() === '';
      const code = res.body.errors?.[0]?.extensions?.code;
      if (res.status !== 200 || (blank ? code !== 'BAD_USER_INPUT' : res.body.errors))
        failures.push(`${JSON.stringify(text)} -> ${res.status} ${JSON.stringify(res.body.errors)}`);
    }
    expect(failures).toEqual([]);
  });
});
