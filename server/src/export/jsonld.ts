/**
 * The whole graph as JSON-LD: entities in schema.org terms (a State is a schema:Country, a paper
 * a schema:ScholarlyArticle...), linked to Wikidata by `sameAs` and carrying their ISO codes, DOIs
 * and UN symbols as `identifier`s; every relationship reified as an rdf:Statement with its
 * provenance in PROV-O: `prov:wasDerivedFrom` each source, and one `prov:qualifiedDerivation`
 * per source with the quote (`prov:value`), the locator and the curation status. The context is
 * inline, so a JSON-LD processor needs no network to read the file.
 *
 * @example
 * const doc = toJsonLd(entities, relationships, 'https://atlas.example.org');
 * doc['@graph'][0]; // { '@id': 'https://atlas.example.org/entity/state%3AFRA', '@type': 'schema:Country', ... }
 */
import { RELATIONSHIP, type RelationshipSpec } from '../model/vocabulary.ts';

type Props = Record<string, unknown>;

export interface ExportRelationship {
  type: string;
  from: string;
  to: string;
  props: Props;
}

/**
 * The context. `atlas:` is the Atlas's own vocabulary (kinds, relationship types, stance, locator,
 * curation), under the serving origin: `<base>/vocab#` (data/README.md says what each term means).
 */
export const contextFor = (base: string) => ({
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  atlas: `${base.replace(/\/+$/, '')}/vocab#`,
  sameAs: { '@id': 'schema:sameAs', '@type': '@id' },
  url: { '@id': 'schema:url', '@type': '@id' },
  name: 'schema:name',
  alternateName: 'schema:alternateName',
  description: 'schema:description',
  identifier: 'schema:identifier',
  propertyID: 'schema:propertyID',
  value: 'schema:value',
  author: 'schema:author',
  datePublished: 'schema:datePublished',
  subject: { '@id': 'rdf:subject', '@type': '@id' },
  predicate: { '@id': 'rdf:predicate', '@type': '@id' },
  object: { '@id': 'rdf:object', '@type': '@id' },
  wasDerivedFrom: { '@id': 'prov:wasDerivedFrom', '@type': '@id' },
  qualifiedDerivation: 'prov:qualifiedDerivation',
  entity: { '@id': 'prov:entity', '@type': '@id' },
  quote: 'prov:value',
  locator: 'atlas:locator',
  curation: 'atlas:curation',
  kind: 'atlas:kind',
  stance: 'atlas:stance',
  validFrom: 'atlas:validFrom',
  validTo: 'atlas:validTo',
  property: 'atlas:property',
});

/** Organisation types that are public bodies (schema:GovernmentOrganization); the rest are schema:Organization. */
const PUBLIC_BODY = /^(un-|regional|intergovernmental|court|treaty-body|state-agency)/;
/** Instrument types that are law-making texts (schema:Legislation); reports and manuals are documents. */
const LAW = new Set(['treaty', 'protocol', 'resolution', 'declaration', 'articles']);

/** The schema.org type of an entity, by its kind and, where it matters, its type field. */
export function schemaType(p: Props): string {
  switch (p.kind) {
    case 'State':
      return 'schema:Country';
    case 'Organisation':
      return PUBLIC_BODY.test(String(p.orgType ?? '')) ? 'schema:GovernmentOrganization' : 'schema:Organization';
    case 'Instrument':
      return LAW.has(String(p.instrumentType)) ? 'schema:Legislation' : 'schema:DigitalDocument';
    case 'Document':
      return p.docType === 'resolution' ? 'schema:Legislation' : 'schema:DigitalDocument';
    case 'Paper':
      return 'schema:ScholarlyArticle';
    case 'Person':
      return 'schema:Person';
    case 'Event':
    case 'Incident':
      return 'schema:Event';
    case 'Index':
      return 'schema:Dataset';
    case 'Duty':
      return 'schema:DefinedTerm';
    default:
      return 'schema:Thing';
  }
}

/** Identifiers that link the entity to other data: field → its schema:propertyID. */
const IDENTIFIERS: [field: string, propertyID: string][] = [
  ['iso3', 'ISO 3166-1 alpha-3'],
  ['iso2', 'ISO 3166-1 alpha-2'],
  ['m49', 'UN M49'],
  ['doi', 'DOI'],
  ['symbol', 'UN document symbol or treaty number'],
  ['wikidata', 'Wikidata QID'],
];

/** Fields that are not facts about the entity or relationship (ids, provenance, bookkeeping), or are mapped apart. */
const INTERNAL = new Set(['id', 'key', 'kind', 'name', 'aliases', 'summary', 'validFrom', 'validTo', 'url', 'stance', 'curation', 'ev_sources', 'ev_locators', 'ev_quotes', 'ev_curations']);

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const present = (v: unknown) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);

export function makeIris(base: string) {
  const root = base.replace(/\/+$/, '');
  const entity = (id: string) => `${root}/entity/${encodeURIComponent(id)}`;
  return {
    entity,
    relationship: (key: string) => `${root}/relationship/${encodeURIComponent(key)}`,
    /** A source is a URL or the id of an entity in the graph. */
    source: (s: string) => (/^https?:\/\//.test(s) ? s : entity(s)),
  };
}

/** The provenance of an entity or relationship: its sources, and per source the quote, locator and curation. */
function provenance(p: Props, iri: string, iris: ReturnType<typeof makeIris>): Props {
  const sources = list(p.ev_sources).map(String);
  if (!sources.length) return {};
  return {
    wasDerivedFrom: [...new Set(sources.map(iris.source))],
    qualifiedDerivation: sources.map((s, i) => ({
      '@id': `${iri}#source-${i + 1}`,
      '@type': 'prov:Derivation',
      entity: iris.source(s),
      ...(present(list(p.ev_quotes)[i]) ? { quote: list(p.ev_quotes)[i] } : {}),
      ...(present(list(p.ev_locators)[i]) ? { locator: list(p.ev_locators)[i] } : {}),
      ...(present(list(p.ev_curations)[i]) ? { curation: list(p.ev_curations)[i] } : {}),
    })),
  };
}

/** The typed fields not mapped to a schema.org term, as atlas:property name/value pairs (nothing is dropped). */
function otherFields(p: Props, skip: Set<string>): Props {
  const rest = Object.entries(p).filter(([k, v]) => !INTERNAL.has(k) && !skip.has(k) && present(v));
  return rest.length ? { property: rest.map(([k, v]) => ({ '@type': 'schema:PropertyValue', name: k, value: Array.isArray(v) ? v.map(String) : typeof v === 'object' ? JSON.stringify(v) : v })) } : {};
}

export function entityNode(p: Props, iris: ReturnType<typeof makeIris>): Props {
  const iri = iris.entity(String(p.id));
  const ids = IDENTIFIERS.filter(([f]) => present(p[f])).map(([f, propertyID]) => ({ '@type': 'schema:PropertyValue', propertyID, value: String(p[f]) }));
  const skip = new Set([...IDENTIFIERS.map(([f]) => f), 'authorNames', 'year']);
  return {
    '@id': iri,
    '@type': schemaType(p),
    kind: p.kind,
    name: p.name,
    ...(list(p.aliases).length ? { alternateName: list(p.aliases) } : {}),
    ...(present(p.summary) ? { description: p.summary } : {}),
    ...(present(p.url) ? { url: p.url } : {}),
    ...(present(p.wikidata) ? { sameAs: `https://www.wikidata.org/entity/${String(p.wikidata)}` } : {}),
    ...(ids.length ? { identifier: ids } : {}),
    ...(p.kind === 'Paper' && list(p.authorNames).length ? { author: list(p.authorNames) } : {}),
    ...(present(p.year) ? { datePublished: String(p.year) } : {}),
    ...(present(p.validFrom) ? { validFrom: p.validFrom } : {}),
    ...(present(p.validTo) ? { validTo: p.validTo } : {}),
    ...(present(p.curation) ? { curation: p.curation } : {}),
    ...otherFields(p, skip),
    ...provenance(p, iri, iris),
  };
}

export function relationshipNode(r: ExportRelationship, iris: ReturnType<typeof makeIris>): Props {
  const iri = iris.relationship(String(r.props.key ?? `${r.type}|${r.from}|${r.to}`));
  const spec = (RELATIONSHIP as Record<string, RelationshipSpec | undefined>)[r.type];
  return {
    '@id': iri,
    '@type': ['rdf:Statement', 'prov:Entity'],
    subject: iris.entity(r.from),
    predicate: `atlas:${r.type}`,
    object: iris.entity(r.to),
    ...(spec ? { description: spec.meaning } : {}),
    ...(present(r.props.stance) ? { stance: r.props.stance } : {}),
    ...(present(r.props.validFrom) ? { validFrom: r.props.validFrom } : {}),
    ...(present(r.props.validTo) ? { validTo: r.props.validTo } : {}),
    ...(present(r.props.curation) ? { curation: r.props.curation } : {}),
    ...otherFields(r.props, new Set()),
    ...provenance(r.props, iri, iris),
  };
}

/** The document: the context and one flat graph (no top-level properties beside it, which would make it a named graph). */
export function toJsonLd(entities: Props[], relationships: ExportRelationship[], base: string): Props {
  const iris = makeIris(base);
  return {
    '@context': contextFor(base),
    '@graph': [...entities.map((e) => entityNode(e, iris)), ...relationships.map((r) => relationshipNode(r, iris))],
  };
}
