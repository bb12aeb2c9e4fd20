/**
 * Incidents, attributions and responses as loaded in Neo4j (issue 14): provenance with curation
 * and short quotes on every record, dates that are real ISO dates at their precision, every
 * attribution stated in a document with a URL, and the relationships ingestion derives from the
 * records' fields. Runs against the real data/ (restored first: another file may have loaded a
 * fixture).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURATIONS, isIsoDate, RELATIONSHIP } from '../../server/src/model/index.ts';
import type { Database } from '../../server/src/neo4j/database.ts';
import { restoreRealData, testDb } from '../support/graph.ts';

let db: Database;
const q = async (cypher: string, params = {}) => (await db.driver.executeQuery(cypher, params, { database: db.database })).records.map((r) => r.toObject());
const num = (v: unknown) => (typeof v === 'object' && v !== null && 'toNumber' in v ? (v as { toNumber(): number }).toNumber() : Number(v));
/** A partial date compares as its first day (cypher/README.md). */
const day = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

// The records of this area, and the statements they cite.
const RECORDS = "n:Incident OR n:Attribution OR n:Response OR (n:Document AND n.docType = 'statement')";

beforeAll(async () => {
  db = await testDb();
  await restoreRealData(db);
});
afterAll(() => db?.close());

describe('provenance', () => {
  it('every incident, attribution, response and statement cites sources, each with a locator and a curation status', async () => {
    const rows = await q(
      `MATCH (n:Entity) WHERE ${RECORDS} RETURN n.id AS id, n.ev_sources AS sources, n.ev_locators AS locators, n.ev_curations AS curations`,
    );
    expect(rows.length).toBeGreaterThan(100);
    const bad = rows.filter((r) => {
      const sources = r.sources as string[];
      return (
        !sources?.length ||
        (r.locators as string[]).some((l) => !l.trim()) ||
        (r.curations as string[]).length !== sources.length ||
        (r.curations as string[]).some((c) => !(CURATIONS as readonly string[]).includes(c))
      );
    });
    expect(bad.map((r) => r.id)).toEqual([]);
  });

  it('quotes are short (at most 300 characters) and every attribution quotes its statement or a report of it', async () => {
    const rows = await q(`MATCH (n:Entity) WHERE ${RECORDS} RETURN n.id AS id, n.kind AS kind, n.ev_quotes AS quotes`);
    expect(rows.filter((r) => (r.quotes as string[]).some((x) => x.length > 300)).map((r) => r.id)).toEqual([]);
    expect(rows.filter((r) => r.kind === 'Attribution' && !(r.quotes as string[]).some((x) => x.trim())).map((r) => r.id)).toEqual([]);
  });
});

describe('dates', () => {
  it('are ISO dates at the precision of the source, and real calendar days', async () => {
    const rows = await q(`MATCH (n:Entity) WHERE ${RECORDS} UNWIND [n.started, n.discovered, n.date] AS d WITH n, d WHERE d IS NOT NULL RETURN n.id AS id, d`);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => typeof r.d !== 'string' || !isIsoDate(r.d as string)).map((r) => `${r.id}: ${r.d}`)).toEqual([]);
  });

  it('every attribution and response is dated; none precedes the incident it is about', async () => {
    const undated = await q('MATCH (n) WHERE (n:Attribution OR n:Response) AND n.date IS NULL RETURN n.id AS id');
    expect(undated).toEqual([]);
    const rows = await q(
      `MATCH (x)-[:ATTRIBUTES|RESPONDS_TO]->(i:Incident) WHERE i.started IS NOT NULL RETURN x.id AS id, x.date AS date, i.started AS started`,
    );
    expect(rows.length).toBeGreaterThan(40);
    // A response may come before an attribution, never before the incident began.
    expect(rows.filter((r) => day(String(r.date)) < day(String(r.started))).map((r) => r.id)).toEqual([]);
  });

  it('an incident is not discovered before it started', async () => {
    const rows = await q('MATCH (i:Incident) WHERE i.started IS NOT NULL AND i.discovered IS NOT NULL RETURN i.id AS id, i.started AS s, i.discovered AS d');
    expect(rows.filter((r) => day(String(r.d)) < day(String(r.s))).map((r) => r.id)).toEqual([]);
  });
});

describe('statements', () => {
  it('every attribution is stated in exactly one document, a statement with a URL, of the same date', async () => {
    const rows = await q(`MATCH (a:Attribution) OPTIONAL MATCH (a)-[:STATED_IN]->(d:Document)
      RETURN a.id AS id, a.date AS date, collect(d {.docType, .url, .date}) AS docs`);
    expect(rows.length).toBeGreaterThan(40);
    const bad = rows.filter((r) => {
      const docs = r.docs as Array<{ docType: string; url: string | null; date: string | null }>;
      return docs.length !== 1 || docs[0]!.docType !== 'statement' || !/^https?:\/\/\S+$/.test(docs[0]!.url ?? '') || docs[0]!.date !== r.date;
    });
    expect(bad.map((r) => r.id)).toEqual([]);
  });

  it('a statement issued by someone other than the attributors counts only as secondary evidence for them', async () => {
    // E.g. the US saying that Australia, Canada, New Zealand and Japan join it on WannaCry.
    const rows = await q(`MATCH (a:Attribution)-[:STATED_IN]->(d:Document)<-[:ISSUED]-(issuer)
      WHERE NOT EXISTS { (a)-[:ATTRIBUTED_BY]->(issuer) }
      RETURN a.id AS id, a.ev_curations AS curations`);
    expect(rows.map((r) => r.id)).toContain('attribution:aus-can-nzl-jpn-wannacry-2017');
    expect(rows.filter((r) => (r.curations as string[]).some((c) => c !== 'secondary')).map((r) => r.id)).toEqual([]);
  });

  it('denials name nobody as responsible; an attribution naming nobody says why in its note', async () => {
    const rows = await q(`MATCH (a:Attribution) RETURN a.id AS id, a.attributionType AS type, a.note AS note, COUNT { (a)-[:ATTRIBUTED_TO]->() } AS named`);
    expect(rows.filter((r) => r.type === 'denial' && num(r.named) > 0).map((r) => r.id)).toEqual([]);
    expect(rows.filter((r) => r.type !== 'denial' && num(r.named) === 0 && !r.note).map((r) => r.id)).toEqual([]);
    expect(rows.filter((r) => r.type === 'denial').length).toBeGreaterThanOrEqual(5);
  });
});

describe('relationships derived from the records', () => {
  it('one relationship per id in each field: incident, by, to, statement, invokes, victims, answers, targets', async () => {
    const [row] = await q(`
      CALL () { MATCH (a:Attribution) RETURN sum(1 - COUNT { (a)-[:ATTRIBUTES]->() }) + sum(size(coalesce(a.by, [])) - COUNT { (a)-[:ATTRIBUTED_BY]->() })
        + sum(size(coalesce(a.to, [])) - COUNT { (a)-[:ATTRIBUTED_TO]->() }) + sum(1 - COUNT { (a)-[:STATED_IN]->() }) + sum(size(coalesce(a.invokes, [])) - COUNT { (a)-[:INVOKES]->() }) AS attributionGap }
      CALL () { MATCH (i:Incident) RETURN sum(size(coalesce(i.victims, [])) - COUNT { (:State)-[:VICTIM_OF]->(i) }) AS incidentGap }
      CALL () { MATCH (r:Response) RETURN sum(size(coalesce(r.answers, [])) - COUNT { (r)-[:RESPONDS_TO]->() }) + sum(size(coalesce(r.by, [])) - COUNT { (r)-[:RESPONSE_BY]->() })
        + sum(size(coalesce(r.targets, [])) - COUNT { (r)-[:TARGETS]->() }) AS responseGap }
      RETURN attributionGap, incidentGap, responseGap`);
    expect([num(row!.attributionGap), num(row!.incidentGap), num(row!.responseGap)]).toEqual([0, 0, 0]);
  });

  it('invoking a norm in an attribution is practice, never a legal basis', async () => {
    expect(RELATIONSHIP.INVOKES.basis).toBe('practice');
    expect(RELATIONSHIP.ATTRIBUTED_BY.basis).toBe('practice');
    // The EU's Exchange declaration asks China to take "all appropriate measures and reasonably
    // available and feasible steps": due diligence and norm 13(c), in its own words.
    const rows = await q(
      `MATCH (a:Attribution {id: 'attribution:eu-exchange-2021'})-[v:INVOKES]->(d:Duty) RETURN d.id AS duty, v.ev_quotes AS quotes ORDER BY duty`,
    );
    expect(rows.map((r) => r.duty)).toEqual(['duty:due-diligence', 'duty:gge-norm-13c']);
    expect((rows[0]!.quotes as string[]).some((x) => x.includes('reasonably available and feasible steps'))).toBe(true);
  });
});

describe('what the widely known cases say', () => {
  it('WannaCry: the UK ("highly likely") and the US attributed it to North Korea on 19 December 2017; North Korea denied it', async () => {
    const rows = await q(`MATCH (a:Attribution)-[:ATTRIBUTES]->(:Incident {id: 'incident:wannacry'}) OPTIONAL MATCH (a)-[:ATTRIBUTED_BY]->(b)
      RETURN a.id AS id, a.date AS date, a.confidence AS confidence, a.attributionType AS type, collect(b.id) AS by, [(a)-[:ATTRIBUTED_TO]->(t) | t.id] AS to ORDER BY id`);
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    expect(byId.get('attribution:gbr-wannacry-2017')).toMatchObject({ date: '2017-12-19', confidence: 'highly likely', by: ['state:GBR'], to: ['state:PRK'] });
    expect(byId.get('attribution:usa-wannacry-2017')).toMatchObject({ date: '2017-12-19', to: ['state:PRK'] });
    expect(byId.get('attribution:prk-wannacry-denial-2017')).toMatchObject({ type: 'denial', by: ['state:PRK'], to: [] });
  });

  it("the EU's first cyber sanctions (30 July 2020) answer WannaCry, NotPetya, Cloud Hopper and the OPCW operation", async () => {
    const rows = await q(
      `MATCH (r:Response {id: 'response:eu-sanctions-2020-07-30'})-[:RESPONDS_TO]->(i) RETURN r.date AS date, r.responseType AS type, collect(i.id) AS answers`,
    );
    expect(rows[0]).toMatchObject({ date: '2020-07-30', type: 'sanction' });
    expect(rows[0]!.answers).toEqual(expect.arrayContaining(['incident:wannacry', 'incident:notpetya', 'incident:cloud-hopper', 'incident:opcw-2018']));
  });

  it('Albania severed relations with Iran over the July 2022 attack, which hit Albania', async () => {
    const rows =
      await q(`MATCH (:State {id: 'state:ALB'})-[:VICTIM_OF]->(i:Incident {id: 'incident:albania-2022'})<-[:RESPONDS_TO]-(r:Response)-[:RESPONSE_BY]->(:State {id: 'state:ALB'})
      RETURN i.started AS started, r.responseType AS type, r.date AS date`);
    expect(rows).toEqual([{ started: '2022-07-15', type: 'expulsion', date: '2022-09-07' }]);
  });
});
