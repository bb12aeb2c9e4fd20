/**
 * GET /export/atlas.jsonld against the real server and Neo4j: the answer is JSON-LD that a JSON-LD
 * processor (the `jsonld` package) expands and turns into RDF, with every entity and relationship
 * of the graph, schema.org types, Wikidata `sameAs`, identifiers, and each relationship's sources
 * in PROV-O (wasDerivedFrom, and a qualified derivation with the quote, locator and curation).
 * The expected values are read from Neo4j, not copied by hand.
 */
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreRealData } from '../support/graph.ts';
import { startApi, type Api } from './api/support.ts';

const SCHEMA = 'https://schema.org/';
const PROV = 'http://www.w3.org/ns/prov#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

type Node = Record<string, unknown>;
type Expanded = Record<string, { '@id'?: string; '@value'?: unknown }[] | string[] | string>;

let api: Api;
let res: Response;
let doc: { '@context': Record<string, unknown>; '@graph': Node[] };
let expanded: Expanded[];
const q = async (cypher: string, params = {}) => (await api.db.driver.executeQuery(cypher, params, { database: api.db.database })).records.map((r) => r.toObject());

beforeAll(async () => {
  api = await startApi();
  await restoreRealData(api.db); // another file may have loaded fixtures
  res = await fetch(`${api.url}/export/atlas.jsonld`);
  doc = (await res.json()) as typeof doc;
  expanded = (await jsonld.expand(doc as never)) as unknown as Expanded[];
}, 300_000);
afterAll(() => api?.close());

const byId = (iri: string) => expanded.find((n) => n['@id'] === iri);
const values = (n: Expanded | undefined, p: string): unknown[] => ((n?.[p] ?? []) as { '@id'?: string; '@value'?: unknown }[]).map((v) => v['@id'] ?? v['@value']);
const entityIri = (id: string) => `${api.url}/entity/${encodeURIComponent(id)}`;

describe('GET /export/atlas.jsonld', () => {
  it('answers JSON-LD, rate-limited like the rest of the API', () => {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(res.headers.get('ratelimit-policy') ?? res.headers.get('ratelimit')).toBeTruthy();
  });

  it('holds every entity and every relationship of the graph', async () => {
    const [c] = await q('MATCH (n:Entity) WITH count(n) AS nodes MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS rels');
    const nodes = Number(c!.nodes);
    const rels = Number(c!.rels);
    expect(expanded.filter((n) => !values(n, `${RDF}subject`).length).length).toBe(nodes);
    expect(expanded.filter((n) => (n['@type'] as string[]).includes(`${RDF}Statement`)).length).toBe(rels);
  });

  it('types states as schema:Country, linked to Wikidata, with their ISO codes', async () => {
    const [s] = await q("MATCH (s:State) WHERE s.wikidata IS NOT NULL AND s.iso3 IS NOT NULL RETURN s.id AS id, s.wikidata AS qid, s.iso3 AS iso3, s.name AS name ORDER BY s.id LIMIT 1");
    const n = byId(entityIri(String(s!.id)));
    expect(n?.['@type']).toEqual([`${SCHEMA}Country`]);
    expect(values(n, `${SCHEMA}name`)).toEqual([s!.name]);
    expect(values(n, `${SCHEMA}sameAs`)).toEqual([`https://www.wikidata.org/entity/${String(s!.qid)}`]);
    const ids = (n?.[`${SCHEMA}identifier`] ?? []) as unknown as Expanded[];
    expect(ids.flatMap((i) => values(i, `${SCHEMA}value`))).toContain(s!.iso3);
  });

  it('types papers as ScholarlyArticle with their DOI, UN documents with their symbol', async () => {
    const [p] = await q('MATCH (p:Paper) WHERE p.doi IS NOT NULL RETURN p.id AS id, p.doi AS doi ORDER BY p.id LIMIT 1');
    const paper = byId(entityIri(String(p!.id)));
    expect(paper?.['@type']).toEqual([`${SCHEMA}ScholarlyArticle`]);
    expect(((paper?.[`${SCHEMA}identifier`] ?? []) as unknown as Expanded[]).flatMap((i) => values(i, `${SCHEMA}value`))).toContain(p!.doi);
    const [i] = await q("MATCH (i:Instrument {instrumentType: 'resolution'}) WHERE i.symbol IS NOT NULL RETURN i.id AS id, i.symbol AS symbol ORDER BY i.id LIMIT 1");
    const res = byId(entityIri(String(i!.id)));
    expect(res?.['@type']).toEqual([`${SCHEMA}Legislation`]);
    expect(((res?.[`${SCHEMA}identifier`] ?? []) as unknown as Expanded[]).flatMap((x) => values(x, `${SCHEMA}value`))).toContain(i!.symbol);
  });

  it('reifies a position with its provenance: wasDerivedFrom the source, the quote, locator and curation', async () => {
    const [r] = await q(
      "MATCH (a:Entity)-[r:HOLDS_POSITION]->(d:Duty) WHERE any(x IN r.ev_quotes WHERE x <> '') RETURN a.id AS from, d.id AS to, r.key AS key, r.ev_sources AS sources, r.ev_quotes AS quotes, r.ev_locators AS locators, r.ev_curations AS curations ORDER BY r.key LIMIT 1",
    );
    const st = byId(`${api.url}/relationship/${encodeURIComponent(String(r!.key))}`);
    expect(st, String(r!.key)).toBeTruthy();
    expect(values(st, `${RDF}subject`)).toEqual([entityIri(String(r!.from))]);
    expect(values(st, `${RDF}object`)).toEqual([entityIri(String(r!.to))]);
    expect(String(values(st, `${RDF}predicate`)[0])).toMatch(/\/vocab#HOLDS_POSITION$/);
    const sources = (r!.sources as string[]).map((s) => (/^https?:/.test(s) ? s : entityIri(s)));
    expect(new Set(values(st, `${PROV}wasDerivedFrom`))).toEqual(new Set(sources));
    const derivations = (st?.[`${PROV}qualifiedDerivation`] ?? []) as unknown as Expanded[];
    expect(derivations).toHaveLength(sources.length);
    const quoted = (r!.quotes as string[]).findIndex((x) => x !== '');
    const d = derivations.find((x) => values(x, `${PROV}value`)[0] === (r!.quotes as string[])[quoted]);
    expect(d, 'the derivation carrying the quote').toBeTruthy();
    expect(values(d, `${PROV}entity`)).toEqual([sources[quoted]]);
    const atlas = (term: string) => Object.keys(d!).find((k) => k.endsWith(`/vocab#${term}`))!;
    expect(values(d, atlas('locator'))).toEqual([(r!.locators as string[])[quoted]]);
    expect(values(d, atlas('curation'))).toEqual([(r!.curations as string[])[quoted]]);
  });

  it('is valid RDF: the processor turns it into N-Quads with the sameAs and derivation triples', async () => {
    const nquads = (await jsonld.toRDF(doc as never, { format: 'application/n-quads' })) as unknown as string;
    expect(nquads).toMatch(/<https:\/\/schema\.org\/sameAs> <https:\/\/www\.wikidata\.org\/entity\/Q\d+> \./);
    expect(nquads).toMatch(/<http:\/\/www\.w3\.org\/ns\/prov#wasDerivedFrom> <https?:\/\/[^>]+> \./);
    expect(nquads).toMatch(/<http:\/\/www\.w3\.org\/ns\/prov#value> "[^"]+" \./);
  });
});
