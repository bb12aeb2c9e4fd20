/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL response data is checked by the assertions, not by static types. */
/**
 * The `attributions` query against the real graph (issue 14): each filter alone and combined,
 * joint statements, denials, "as of" a day, pagination, the statement with its URL and evidence,
 * the invoked norms, finding an incident by any of its aliases, and bad input. Expected sets are
 * read from the graph with Cypher, independently of the resolver.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, errorCode, startApi, type Api } from './support.ts';

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

const ITEM =
  'id date confidence attributionType incident { id name aliases } by { id name } to { id name } statement { id url sources { url quote } } invokes { id name }';

async function page(args: string, fields = ITEM) {
  const d = dataOf(await api.gql(`{ attributions(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${fields} } } } }`));
  return d.attributions as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: any }> };
}
const ids = (p: { edges: Array<{ node: any }> }) => p.edges.map((e) => e.node.id as string);

/** What the graph holds, straight from Cypher: attribution ids for a pattern. */
async function expected(match: string, params: Record<string, unknown> = {}): Promise<string[]> {
  const res = await api.db.driver.executeQuery(`${match} RETURN DISTINCT a.id AS id ORDER BY id`, params, { database: api.db.database });
  return res.records.map((r) => String(r.get('id')));
}

describe('attributions', () => {
  it('lists every attribution, oldest first, with its incident, actors, statement and norms', async () => {
    const all = await page('first: 100');
    const want = await expected('MATCH (a:Attribution)');
    expect(all.totalCount).toBe(want.length);
    expect(ids(all).sort()).toEqual(want);
    const dates = all.edges.map((e) => String(e.node.date));
    expect([...dates].sort()).toEqual(dates);
    for (const { node } of all.edges) {
      expect(node.incident?.id, node.id).toMatch(/^incident:/);
      expect(node.by.length, node.id).toBeGreaterThan(0);
      expect(node.statement?.url, node.id).toMatch(/^https?:\/\//);
    }
  });

  it('filters by incident, and shows the incident with its aliases', async () => {
    const p = await page('incident: "incident:notpetya"');
    expect(ids(p).sort()).toEqual(await expected("MATCH (a:Attribution)-[:ATTRIBUTES]->(:Incident {id: 'incident:notpetya'})"));
    expect(ids(p)).toEqual(
      expect.arrayContaining([
        'attribution:gbr-notpetya-2018',
        'attribution:usa-notpetya-2018',
        'attribution:aus-notpetya-2018',
        'attribution:rus-notpetya-denial-2018',
      ]),
    );
    const uk = p.edges.find((e) => e.node.id === 'attribution:gbr-notpetya-2018')!.node;
    expect(uk).toMatchObject({
      date: '2018-02-15',
      confidence: 'almost certainly',
      attributionType: 'attribution',
      by: [{ id: 'state:GBR' }],
      to: [{ id: 'state:RUS' }],
    });
    expect(uk.incident.aliases).toEqual(expect.arrayContaining(['NotPetya', 'Sandworm']));
    expect(uk.invokes.map((d: any) => d.id)).toEqual(['duty:sovereignty']);
    // The statement carries its own evidence: the words quoted from it.
    expect(uk.statement.sources.some((s: any) => /almost certainly/.test(s.quote ?? ''))).toBe(true);
  });

  it('filters by who attributed, including each member of a joint statement, in the statement’s order', async () => {
    const japan = await page('by: "state:JPN"');
    expect(ids(japan).sort()).toEqual(await expected("MATCH (a:Attribution)-[:ATTRIBUTED_BY]->(:State {id: 'state:JPN'})"));
    const wannacry = japan.edges.find((e) => e.node.id === 'attribution:aus-can-nzl-jpn-wannacry-2017')!.node;
    expect(wannacry.by.map((b: any) => b.id)).toEqual(['state:AUS', 'state:CAN', 'state:NZL', 'state:JPN']);
    const eu = await page('by: "org:eu"');
    expect(ids(eu).sort()).toEqual(await expected("MATCH (a:Attribution)-[:ATTRIBUTED_BY]->(:Organisation {id: 'org:eu'})"));
    const exchange = eu.edges.find((e) => e.node.id === 'attribution:eu-exchange-2021')!.node;
    expect(exchange.invokes.map((d: any) => d.id).sort()).toEqual(['duty:due-diligence', 'duty:gge-norm-13c']);
  });

  it('filters by whom it names, a state or an agency, and combines filters', async () => {
    const gtsst = await page('to: "org:ru-gru-gtsst"');
    expect(ids(gtsst).sort()).toEqual(await expected("MATCH (a:Attribution)-[:ATTRIBUTED_TO]->(:Organisation {id: 'org:ru-gru-gtsst'})"));
    expect(ids(gtsst)).toEqual(expect.arrayContaining(['attribution:gbr-olympic-destroyer-2020', 'attribution:usa-state-georgia-2020']));
    const both = await page('by: "state:GBR", to: "state:CHN"');
    expect(ids(both).sort()).toEqual(
      await expected("MATCH (:State {id: 'state:GBR'})<-[:ATTRIBUTED_BY]-(a:Attribution)-[:ATTRIBUTED_TO]->(:State {id: 'state:CHN'})"),
    );
    expect(both.totalCount).toBeGreaterThanOrEqual(3);
    const none = await page('incident: "incident:wannacry", by: "state:IRN"');
    expect(none).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('shows denials as attributions that name nobody', async () => {
    const p = await page('incident: "incident:wannacry", by: "state:PRK"');
    expect(p.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        id: 'attribution:prk-wannacry-denial-2017',
        attributionType: 'denial',
        to: [],
        by: [{ id: 'state:PRK', name: expect.any(String) }],
      }),
    ]);
  });

  it('reads the record as of a day: attributions made on or before it', async () => {
    const before = await page('incident: "incident:notpetya", asOf: "2018-02-14"');
    expect(before.totalCount).toBe(0);
    const day = await page('incident: "incident:notpetya", asOf: "2018-02-15"');
    expect(ids(day)).toEqual(expect.arrayContaining(['attribution:gbr-notpetya-2018', 'attribution:usa-notpetya-2018']));
    expect(ids(day)).not.toContain('attribution:aus-notpetya-2018'); // 16 February
    // A partial date means its first day: February 2018 is 1 February, before any of them.
    expect((await page('incident: "incident:notpetya", asOf: "2018-02"')).totalCount).toBe(0);
    const later = await page('incident: "incident:notpetya", asOf: "2030"');
    expect(later.totalCount).toBe((await page('incident: "incident:notpetya"')).totalCount);
  });

  it('pages through every attribution without repeats or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 50; i++) {
      const p = await page(`first: 7${after ? `, after: ${JSON.stringify(after)}` : ''}`, 'id');
      total = p.totalCount;
      seen.push(...ids(p));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual(ids(await page('first: 100', 'id')));
  });

  it('finds an incident by any of its aliases, then its attributions', async () => {
    for (const [alias, incident] of [
      ['Sandworm', 'incident:notpetya'],
      ['Hafnium', 'incident:exchange-2021'],
      ['Cloud Hopper', 'incident:cloud-hopper'],
      ['KA-SAT', 'incident:viasat-ka-sat'],
    ]) {
      const d = dataOf(await api.gql('query ($t: String!) { search(text: $t, kinds: [Incident]) { entity { id } field } }', { t: alias }));
      expect(
        d.search.map((h: any) => h.entity.id),
        alias,
      ).toContain(incident);
    }
    const p = await page('incident: "incident:exchange-2021"');
    expect(p.edges.map((e) => e.node.by[0].id)).toEqual(expect.arrayContaining(['state:USA', 'state:GBR', 'org:eu', 'state:CHN']));
  });

  it('gives incidents their victims and responses their actors, targets and incidents', async () => {
    const d = dataOf(
      await api.gql(`{
        i: entity(id: "incident:albania-2022") { ... on Incident { victims { id } started } }
        r: entity(id: "response:eu-sanctions-2020-07-30") { ... on Response { responseType date by { id } targets { id } answers { id } document { id url } } }
      }`),
    );
    expect(d.i).toEqual({ victims: [{ id: 'state:ALB' }], started: '2022-07-15' });
    expect(d.r).toMatchObject({
      responseType: 'sanction',
      date: '2020-07-30',
      by: [{ id: 'org:eu' }],
      document: { id: 'document:eu-council-decision-2019-797' },
    });
    expect(d.r.targets.map((t: any) => t.id)).toEqual(['org:ru-gru-gtsst', 'org:kp-chosun-expo', 'org:cn-huaying-haitai']);
    expect(d.r.answers.map((a: any) => a.id)).toEqual(expect.arrayContaining(['incident:wannacry', 'incident:notpetya']));
  });

  it('refuses bad arguments with a clear error naming them', async () => {
    const cases: Array<[string, string, string]> = [
      ['first: 0', 'BAD_USER_INPUT', 'first'],
      ['first: 101', 'BAD_USER_INPUT', 'first'],
      ['after: "not-a-cursor"', 'BAD_USER_INPUT', 'after'],
      ['incident: "state:RUS"', 'BAD_USER_INPUT', 'incident'],
      ['by: "duty:due-diligence"', 'BAD_USER_INPUT', 'by'],
      ['incident: "incident:no-such-thing"', 'NOT_FOUND', 'incident'],
      ['to: "state:XXX"', 'NOT_FOUND', 'to'],
    ];
    for (const [args, code, argument] of cases) {
      const res = await api.gql(`{ attributions(${args}) { totalCount } }`);
      expect(errorCode(res), args).toBe(code);
      expect(res.body.errors?.[0]?.extensions?.argument, args).toBe(argument);
    }
    // An entities cursor is not an attributions cursor.
    const e = dataOf(await api.gql('{ entities(first: 1) { pageInfo { endCursor } } }'));
    expect(errorCode(await api.gql(`{ attributions(after: ${JSON.stringify(e.entities.pageInfo.endCursor)}) { totalCount } }`))).toBe('BAD_USER_INPUT');
    // An impossible day: in the document it makes the document invalid; as a variable, bad input.
    expect(errorCode(await api.gql('{ attributions(asOf: "2018-13-01") { totalCount } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorCode(await api.gql('query ($d: Date) { attributions(asOf: $d) { totalCount } }', { d: '2018-02-30' }))).toBe('BAD_USER_INPUT');
  });
});
