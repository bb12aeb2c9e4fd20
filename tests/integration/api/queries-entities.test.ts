/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL response data is checked by the assertions, not by static types. */
/**
 * Entity-level queries against the real graph (data/ loaded by the global setup): typed fields,
 * evidence, pagination across pages, relationships, search, DataLoader batching and stats.
 * The graph-level queries are in queries-graph.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/src/neo4j/database.ts';
import { dataOf, errorCode, openDb, startApi, type Api } from './support.ts';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

describe('entity', () => {
  it('resolves typed fields of each kind and links between entities', async () => {
    const d = dataOf(
      await api.gql(`{
        fra: entity(id: "state:FRA") { __typename id kind name degree ... on State { iso3 region unStatus demonyms } }
        bud: entity(id: "instrument:budapest-convention") { __typename ... on Instrument { binding symbol adopted adoptedBy { id } } }
        doc: entity(id: "document:fra-2019-position") { ... on Document { date issuer { id } } }
        unga: entity(id: "org:unga") { ... on Organisation { acronym parent { id name } } }
        paper: entity(id: "paper:jensen-watts-2017-cyber-duty-of-due-diligence") {
          ... on Paper { title year authorNames authors { id name ... on Person { papers { id } } } }
        }
        none: entity(id: "state:XXX") { id }
      }`),
    );
    expect(d.fra).toMatchObject({ __typename: 'State', id: 'state:FRA', kind: 'State', iso3: 'FRA', region: 'Europe', unStatus: 'member' });
    expect(d.fra.degree).toBeGreaterThan(5);
    expect(d.bud).toMatchObject({ __typename: 'Instrument', binding: true, symbol: 'ETS No. 185', adopted: '2001-11-08', adoptedBy: { id: 'org:coe' } });
    expect(d.doc).toEqual({ date: '2019-09-09', issuer: { id: 'state:FRA' } });
    expect(d.unga).toEqual({ acronym: 'UNGA', parent: { id: 'org:un', name: 'United Nations' } });
    // Authors in the paper's order, each knowing their papers.
    expect(d.paper.authorNames).toEqual(['Jensen, Eric Talbot', 'Watts, Sean']);
    expect(d.paper.authors.map((a: { id: string }) => a.id)).toEqual(['person:jensen-eric-talbot', 'person:watts-sean']);
    expect(d.paper.authors[0].papers.map((p: { id: string }) => p.id)).toContain('paper:jensen-watts-2017-cyber-duty-of-due-diligence');
    expect(d.none).toBeNull();
  });

  it('resolves evidence: source entities, URLs, locators and quotes', async () => {
    const d = dataOf(await api.gql(`{ entity(id: "instrument:budapest-convention") { sources { sourceRef url locator quote source { id kind name } } } }`));
    const sources = d.entity.sources as Array<Record<string, any>>;
    expect(sources.length).toBeGreaterThanOrEqual(2);
    const seed = sources.find((s) => s.sourceRef === 'document:seed-004');
    expect(seed).toMatchObject({ source: { id: 'document:seed-004', kind: 'Document' }, locator: 'Findings, fourth reason' });
    const web = sources.find((s) => s.sourceRef.startsWith('https://'));
    expect(web).toMatchObject({ source: null });
    expect(web!.url).toBe(web!.sourceRef);
  });

  it('links a paper source to its DOI when it has no URL', async () => {
    const d = dataOf(await api.gql(`{ entity(id: "paper:10.53066/mlr.2024.23.1.73") { ... on Paper { doi url } } }`));
    expect(d.entity.doi).toBe('10.53066/mlr.2024.23.1.73');
  });
});

describe('entities: cursor pagination', () => {
  it('pages through every state exactly once, in name order', async () => {
    const seen: string[] = [];
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let total = 0;
    do {
      const d: any = dataOf(
        await api.gql(
          `query($after: String) { entities(kind: State, first: 50, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        ),
      );
      total = d.entities.totalCount;
      for (const e of d.entities.edges) {
        seen.push(e.node.id);
        names.push(e.node.name);
      }
      after = d.entities.pageInfo.hasNextPage ? d.entities.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 20);
    expect(total).toBe(195);
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(195);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('rejects a cursor from another list and an oversized page', async () => {
    const rel: any = dataOf(await api.gql(`{ entity(id: "org:unga") { relationships(first: 1) { pageInfo { endCursor } } } }`));
    const res = await api.gql(`query($c: String) { entities(first: 5, after: $c) { totalCount } }`, { c: rel.entity.relationships.pageInfo.endCursor });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(`{ entities(first: 101) { totalCount } }`))).toBe('BAD_USER_INPUT');
  });
});

describe('relationships', () => {
  const PAGE = `query($after: String) { entity(id: "org:unga") { relationships(first: 40, after: $after) { totalCount edges { node { key type direction other { id } } } pageInfo { hasNextPage endCursor } } } }`;

  it('pages through a hub with no duplicates and no gaps', async () => {
    const keys: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const d: any = dataOf(await api.gql(PAGE, { after }));
      total = d.entity.relationships.totalCount;
      keys.push(...d.entity.relationships.edges.map((e: any) => e.node.key));
      if (!d.entity.relationships.pageInfo.hasNextPage) break;
      after = d.entity.relationships.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(190);
    expect(keys.length).toBe(total);
    expect(new Set(keys).size).toBe(total);
  });

  it('filters by direction, type, stance and date', async () => {
    const d = dataOf(
      await api.gql(`{
        out: entity(id: "state:CZE") { relationships(direction: OUT, types: [MEMBER_OF]) { edges { node { direction other { id } validFrom } } } }
        before: entity(id: "state:CZE") { relationships(types: [MEMBER_OF], asOf: "2003-01-01") { edges { node { other { id } } } } }
        after: entity(id: "state:CZE") { relationships(types: [MEMBER_OF], asOf: "2005") { edges { node { other { id } } } } }
        contrasting: entity(id: "duty:due-diligence") { relationships(direction: IN, stances: [CONTRASTS, CONTRASTING]) { edges { node { type stance direction } } } }
      }`),
    );
    const out = d.out.relationships.edges.map((e: any) => e.node);
    expect(out.every((n: any) => n.direction === 'OUT')).toBe(true);
    expect(out.find((n: any) => n.other.id === 'org:eu')).toMatchObject({ validFrom: '2004-05-01' });
    const ids = (x: any) => x.relationships.edges.map((e: any) => e.node.other.id);
    // Czechia joined the EU on 2004-05-01: not a member as of 2003, a member as of 2005.
    expect(ids(d.before)).not.toContain('org:eu');
    expect(ids(d.after)).toContain('org:eu');
    const contrasting = d.contrasting.relationships.edges.map((e: any) => e.node);
    expect(contrasting.length).toBeGreaterThan(0);
    expect(contrasting.every((n: any) => ['CONTRASTS', 'CONTRASTING'].includes(n.stance) && n.direction === 'IN')).toBe(true);
  });
});

describe('search', () => {
  it('finds Budapest from its first letters, with the match highlighted', async () => {
    const d = dataOf(await api.gql(`{ search(text: "budap") { score field highlight entity { id } } }`));
    expect(d.search[0].entity.id).toMatch(/^instrument:budapest/);
    expect(d.search.map((h: any) => h.entity.id)).toContain('instrument:budapest-convention');
    expect(d.search[0].highlight).toContain('«Budapest»');
  });

  it('ranks the name match first and filters by kind', async () => {
    const d = dataOf(
      await api.gql(
        `{ all: search(text: "due diligence") { entity { id kind } field } duties: search(text: "due diligence", kinds: [Paper]) { entity { kind } } }`,
      ),
    );
    expect(d.all[0].entity.id).toBe('duty:due-diligence');
    expect(d.all[0].field).toBe('name');
    expect(d.duties.length).toBeGreaterThan(0);
    expect(d.duties.every((h: any) => h.entity.kind === 'Paper')).toBe(true);
  });

  it('takes Lucene syntax literally', async () => {
    const d = dataOf(await api.gql(`query($t: String!) { search(text: $t) { entity { id } } }`, { t: 'Budapest AND NOT (x:[* TO *]) "' }));
    expect(d.search.map((h: any) => h.entity.id)).toContain('instrument:budapest-convention');
  });

  it('refuses blank text as BAD_USER_INPUT', async () => {
    const res = await api.gql(`{ search(text: " \\t ") { score } }`);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.body.errors![0]!.message).toMatch(/empty or blank/);
  });
});

describe('stats', () => {
  it('counts kinds and types and names the data version', async () => {
    const d = dataOf(
      await api.gql(`{ stats { nodeCount relationshipCount dataVersion loadedAt nodesByKind { kind count } relationshipsByType { type count } } }`),
    );
    const s = d.stats;
    expect(s.nodesByKind.find((k: any) => k.kind === 'State').count).toBe(195);
    expect(s.nodesByKind.reduce((a: number, k: any) => a + k.count, 0)).toBe(s.nodeCount);
    expect(s.relationshipsByType.reduce((a: number, t: any) => a + t.count, 0)).toBe(s.relationshipCount);
    expect(s.dataVersion).toMatch(/\S+/);
    expect(s.loadedAt).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });
});

describe('DataLoader', () => {
  it('resolves nested entities in a few batched queries, however many there are (no N+1)', async () => {
    const db = await openDb();
    const calls: string[] = [];
    const counting: Database = { ...db, read: (name, params, o) => (calls.push(name), db.read(name, params, o)) };
    const counted = await startApi({ db: counting });
    try {
      const d = dataOf(
        await counted.gql(`{ entities(kind: Paper, first: 30) { edges { node { id degree sources { url source { id name } }
          ... on Paper { authors { id name ... on Person { papers { id } } } } } } } }`),
      );
      expect(d.entities.edges.length).toBe(30);
      const count = (name: string) => calls.filter((c) => c === name).length;
      expect(count('queries/entities')).toBe(1);
      expect(count('queries/degrees')).toBe(1);
      expect(count('queries/authors')).toBe(1);
      expect(count('queries/papers-by-person')).toBe(1);
      // Evidence sources that are not already known: one batch per level of the tree at most.
      expect(count('queries/entities-by-id')).toBeLessThanOrEqual(2);
      expect(calls.length).toBeLessThanOrEqual(6);
    } finally {
      await counted.close();
      await db.close();
    }
  });
});
