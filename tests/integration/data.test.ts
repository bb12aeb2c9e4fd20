/**
 * The curated knowledge base as loaded in Neo4j: every node and relationship carries
 * provenance, the seeds' own claims are in the graph, and a user's key questions can be
 * answered from it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/neo4j/database.ts';
import { restoreRealData, testDb } from '../support/graph.ts';

let db: Database;
const q = async (cypher: string, params = {}) => (await db.driver.executeQuery(cypher, params, { database: db.database })).records.map((r) => r.toObject());
const num = (v: unknown) => (typeof v === 'object' && v !== null && 'toNumber' in v ? (v as { toNumber(): number }).toNumber() : Number(v));

beforeAll(async () => {
  db = await testDb();
  await restoreRealData(db); // another file may have loaded fixtures
});
afterAll(() => db.close());

describe('provenance', () => {
  it('every entity and relationship cites at least one source with a locator', async () => {
    const [n] = await q(`MATCH (n:Entity) WHERE size(coalesce(n.ev_sources, [])) = 0 OR size(n.ev_locators) <> size(n.ev_sources) OR any(l IN n.ev_locators WHERE trim(l) = '') RETURN count(n) AS bad, collect(n.id)[0..5] AS sample`);
    expect(num(n!.bad), String(n!.sample)).toBe(0);
    const [r] = await q(`MATCH (:Entity)-[r]->(:Entity) WHERE size(coalesce(r.ev_sources, [])) = 0 OR size(r.ev_locators) <> size(r.ev_sources) RETURN count(r) AS bad, collect(r.key)[0..5] AS sample`);
    expect(num(r!.bad), String(r!.sample)).toBe(0);
    const [total] = await q('MATCH (n:Entity) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels');
    expect(num(total!.nodes)).toBeGreaterThan(300);
    expect(num(total!.rels)).toBeGreaterThan(900);
  });

  it('every source is a URL or an entity that exists in the graph', async () => {
    const rows = await q(`CALL () { MATCH (n:Entity) RETURN n.ev_sources AS s UNION ALL MATCH (:Entity)-[r]->(:Entity) RETURN r.ev_sources AS s }
      UNWIND s AS source WITH DISTINCT source WHERE NOT source STARTS WITH 'http'
      OPTIONAL MATCH (e:Entity {id: source}) WITH source WHERE e IS NULL RETURN collect(source) AS missing`);
    expect(rows[0]!.missing).toEqual([]);
  });

  it('has all 193 UN member states and the two observer states, with ISO codes and regions', async () => {
    const [row] = await q("MATCH (s:State) RETURN count(s) AS all, count(CASE WHEN s.unStatus = 'member' THEN 1 END) AS members, collect(CASE WHEN s.unStatus = 'observer' THEN s.id END) AS observers, count(CASE WHEN s.region IS NULL OR s.iso3 IS NULL THEN 1 END) AS incomplete");
    expect(num(row!.all)).toBe(195);
    expect(num(row!.members)).toBe(193);
    expect((row!.observers as string[]).sort()).toEqual(['state:PSE', 'state:VAT']);
    expect(num(row!.incomplete)).toBe(0);
  });
});

describe('identifiers for linking (data/open-questions/identifiers.md lists what is missing)', () => {
  it('every state has a Wikidata QID; every QID of a state or organisation is well-formed and names one entity only', async () => {
    const [states] = await q('MATCH (s:State) WHERE s.wikidata IS NULL RETURN collect(s.id) AS missing');
    expect(states!.missing).toEqual([]);
    const rows = await q('MATCH (n) WHERE (n:State OR n:Organisation) AND n.wikidata IS NOT NULL RETURN n.id AS id, n.wikidata AS qid');
    expect(rows.length).toBeGreaterThanOrEqual(195 + 15);
    rows.forEach((r) => expect(r.qid, String(r.id)).toMatch(/^Q[1-9]\d*$/));
    const twice = rows.filter((r, i) => rows.findIndex((o) => o.qid === r.qid) !== i);
    expect(twice).toEqual([]);
  });

  it('every UN report and resolution has its document symbol, linked at undocs.org; Council of Europe treaties have their ETS/CETS number', async () => {
    const un = await q("MATCH (i:Instrument) WHERE i.instrumentType IN ['report', 'resolution'] RETURN i.id AS id, i.symbol AS symbol, i.url AS url");
    expect(un.length).toBeGreaterThanOrEqual(10);
    un.forEach((r) => {
      expect(r.symbol, String(r.id)).toMatch(/^A\/(RES\/)?\d+\/\d+$/);
      expect(r.url, String(r.id)).toBe(`https://undocs.org/${String(r.symbol)}`);
    });
    const coe = await q("MATCH (i:Instrument {adoptedBy: 'org:coe'}) WHERE i.instrumentType IN ['treaty', 'protocol'] RETURN i.id AS id, i.symbol AS symbol ORDER BY id");
    expect(coe.map((r) => `${String(r.id)} ${String(r.symbol)}`)).toEqual([
      'instrument:budapest-convention ETS No. 185',
      'instrument:budapest-first-protocol ETS No. 189',
      'instrument:budapest-second-protocol CETS No. 224',
    ]);
  });

  it('the eleven 2015 GGE norms 13(a)-(k) are norms, each expressed by the 2015 report at its own sub-paragraph', async () => {
    const rows = await q("MATCH (d:Duty) WHERE d.id STARTS WITH 'duty:gge-norm-13' OPTIONAL MATCH (:Instrument {id: 'instrument:gge-report-2015'})-[r:EXPRESSES]->(d) RETURN d.id AS id, d.dutyType AS type, collect(r.provision) AS provisions ORDER BY id");
    const letters = 'abcdefghijk'.split('');
    expect(rows.map((r) => r.id)).toEqual(letters.map((l) => `duty:gge-norm-13${l}`));
    rows.forEach((r, i) => {
      expect(r.type, String(r.id)).toBe('norm');
      expect(r.provisions, String(r.id)).toEqual([`para. 13(${letters[i]!})`]);
    });
  });
});

describe("the seeds' claims are in the graph", () => {
  it('due diligence is a dual duty: an obligation of result and one of conduct (seed 000)', async () => {
    const rows = await q("MATCH (p:Duty)-[r:PART_OF]->(:Duty {id: 'duty:due-diligence'}) RETURN p.id AS id, r.ev_sources AS s ORDER BY id");
    expect(rows.map((r) => r.id)).toEqual(['duty:dd-obligation-of-conduct', 'duty:dd-obligation-of-result']);
    rows.forEach((r) => expect(r.s).toContain('document:seed-000'));
  });

  it('the knowledge standard and the reasonableness factors belong to the obligation of conduct', async () => {
    const rows = await q("MATCH (p:Duty)-[:PART_OF]->(:Duty {id: 'duty:dd-obligation-of-conduct'}) RETURN p.id AS id ORDER BY id");
    expect(rows.map((r) => r.id)).toEqual(['duty:dd-knowledge', 'duty:dd-reasonableness']);
  });

  it('the EU, the OAS and the AU are studied as builders of consensus (seed 002)', async () => {
    const rows = await q("MATCH (p:Paper {doi: '10.53066/mlr.2024.23.1.73'})-[:DISCUSSES]->(o:Organisation) RETURN o.id AS id ORDER BY id");
    expect(rows.map((r) => r.id)).toEqual(['org:au', 'org:eu', 'org:oas']);
  });

  it('the treaties and their limitations as the third seed states them', async () => {
    const rows = await q("MATCH (:Paper {id: 'paper:necessity-of-states-cooperation-cyber-security'})-[r:DISCUSSES]->(i:Instrument) RETURN i.id AS id, r.ev_quotes AS quotes");
    expect(rows.map((r) => r.id).sort()).toEqual(['instrument:budapest-convention', 'instrument:budapest-first-protocol', 'instrument:sco-agreement-2009']);
    expect(rows.some((r) => (r.quotes as string[]).some((x) => x.includes('weakened by the few member states and territorial limitations')))).toBe(true);
    const [budapest] = await q("MATCH (i:Instrument {id: 'instrument:budapest-convention'}) RETURN i.openedForSignature AS opened, i.entryIntoForce AS inForce");
    expect(budapest).toEqual({ opened: '2001-11-23', inForce: '2004-07-01' });
  });

  it('the cyber power ranking the third seed cites', async () => {
    // Only the ranks the seed gives: other rows of the same index come from other sources.
    const rows = await q(
      "MATCH (:Index {id: 'index:ncpi-2020'})-[r:RANKS]->(s:State) WHERE 'document:seed-004' IN r.ev_sources RETURN s.iso3 AS iso3, r.rank AS rank ORDER BY r.rank",
    );
    expect(rows.map((r) => `${num(r.rank)}:${r.iso3}`)).toEqual(['1:USA', '2:CHN', '3:GBR', '4:RUS', '5:NLD', '6:FRA', '7:DEU', '8:CAN', '9:JPN', '10:AUS', '11:ISR', '23:IRN', '26:SAU']);
  });

  it('the rivalries the third seed reports, each attributed to it', async () => {
    const rows = await q('MATCH (a:State)-[r:RIVAL_OF]->(b:State) RETURN a.iso3 + "-" + b.iso3 AS pair, r.reportedBy AS by ORDER BY pair');
    expect(rows.map((r) => r.pair)).toEqual(['IND-PAK', 'ISR-IRN', 'PRK-KOR', 'SAU-IRN', 'USA-CHN', 'USA-IRN', 'USA-PRK', 'USA-RUS', 'USA-VEN']);
    rows.forEach((r) => expect(r.by).toBe('paper:necessity-of-states-cooperation-cyber-security'));
  });

  it('its 22 references are papers it cites', async () => {
    const [row] = await q("MATCH (:Paper {id: 'paper:necessity-of-states-cooperation-cyber-security'})-[r:CITES]->(p:Paper) RETURN count(DISTINCT p) AS n, collect(DISTINCT r.stance) AS stances");
    expect(num(row!.n)).toBe(22);
    expect(row!.stances).toEqual(['mentioning']);
  });
});

describe("a user's questions", () => {
  it('which states hold due diligence binding and which do not, each with its document', async () => {
    const rows = await q("MATCH (s)-[r:HOLDS_POSITION]->(:Duty {id: 'duty:due-diligence'}) MATCH (d:Document {id: r.document}) RETURN s.id AS holder, r.stance AS stance, d.id AS document");
    const binding = rows.filter((r) => r.stance === 'binding').map((r) => r.holder);
    const notBinding = rows.filter((r) => r.stance !== 'binding').map((r) => r.holder);
    expect(binding).toEqual(expect.arrayContaining(['state:FRA', 'state:NLD', 'state:DEU']));
    expect(notBinding.length).toBeGreaterThan(0);
    rows.forEach((r) => expect(r.document).toMatch(/^document:/));
  });

  it('which organisations a state belongs to and which instruments it is party to', async () => {
    const orgs = await q("MATCH (:State {id: 'state:FRA'})-[r:MEMBER_OF]->(o) WHERE r.until IS NULL RETURN o.id AS id ORDER BY id");
    expect(orgs.map((r) => r.id)).toEqual(expect.arrayContaining(['org:eu', 'org:nato', 'org:coe', 'org:osce', 'org:unga']));
    const parties = await q("MATCH (:State {id: 'state:USA'})-[r:PARTY_TO]->(i) RETURN i.id AS id, r.consented AS consented, r.inForce AS inForce");
    expect(parties).toContainEqual({ id: 'instrument:budapest-convention', consented: '2006-09-29', inForce: '2007-01-01' });
  });

  it('which papers support and which contrast the view that due diligence binds', async () => {
    const rows = await q("MATCH (p:Paper)-[r:DISCUSSES]->(:Duty {id: 'duty:due-diligence'}) RETURN r.stance AS stance, count(p) AS n");
    const by = Object.fromEntries(rows.map((r) => [r.stance, num(r.n)]));
    expect(by.supports).toBeGreaterThan(0);
    expect(by.contrasts).toBeGreaterThan(0);
  });

  it('the United Kingdom left the EU on 2020-01-31: readable as of a date', async () => {
    const rows = await q("MATCH (:State {id: 'state:GBR'})-[r:MEMBER_OF]->(:Organisation {id: 'org:eu'}) RETURN r.validFrom AS from, r.validTo AS to");
    expect(rows).toEqual([{ from: '1973-01-01', to: '2020-01-31' }]);
  });
});
