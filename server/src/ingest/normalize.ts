/**
 * Turns validated records into the rows that are stored: flat property maps with provenance
 * as parallel lists, `validFrom`/`validTo` for reading the graph as of a day, a search text
 * for the full-text index and a content hash for change detection. Derives Person nodes and
 * authorships from paper authors, and the types with a `derive` spec from their fields.
 *
 * Pure: no I/O, so it is tested exhaustively without a database.
 *
 * @example
 * const { nodes, rels } = normalize(validated.nodes, validated.relations);
 * nodes[0]; // { id: 'state:AFG', kind: 'State', props: { id, kind, name, ..., ev_sources: [...], hash } }
 */
import { createHash, hash } from 'node:crypto';
import anyAscii from 'any-ascii';
import { bestCuration, KIND, RELATIONSHIP, relationRule, TYPE_FOR, type Kind, type RelationshipSpec, type Source } from '../model/index.ts';
import type { ValidNode, ValidRelation } from './validate.ts';

export type Props = Record<string, string | number | boolean | string[] | null>;

export interface NodeRow {
  id: string;
  kind: Kind;
  props: Props;
}

export interface RelRow {
  key: string;
  type: string;
  from: string;
  to: string;
  props: Props;
}

/** Why crypto.hash: one call per row, no Hash object (a million rows at scale 1); same digest. */
export function contentHash(value: unknown): string {
  return hash('sha1', JSON.stringify(value), 'base64url').slice(0, 16);
}

/** Provenance as three parallel lists: Neo4j properties cannot hold maps. */
export function provenance(sources: Source[]): Props {
  return {
    ev_sources: sources.map((s) => s.source),
    ev_locators: sources.map((s) => s.locator),
    ev_quotes: sources.map((s) => s.quote ?? ''),
    ev_curations: sources.map((s) => s.curation),
    curation: bestCuration(sources.map((s) => s.curation)),
  };
}

/**
 * `Buchan, Russell` → `person:buchan-russell`: transliterated to ASCII (any-ascii: accents folded,
 * `Groß` → `gross`, `Крутских` → `krutskikh`, `黄志雄` → `huangzhixiong`), punctuation dropped.
 * Transliteration from a non-Latin script loses distinctions (two Chinese names can share a
 * romanisation), so such names also carry a short hash of the name as written: distinct people
 * keep distinct ids, and the same name always gives the same id. Before, every such name became
 * the one `person:unknown`.
 */
export function personId(name: string): string {
  const written = name.normalize('NFC').trim();
  const slug = anyAscii(written)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  const lossy = /[^\P{L}\p{Script=Latin}]/u.test(written) || !slug;
  const hash = createHash('sha1').update(written).digest('hex').slice(0, 8);
  return `person:${lossy ? `${slug || 'x'}-${hash}` : slug}`;
}

/** `Buchan, Russell` → `Russell Buchan` (display); names without a comma stay as written. */
export function displayName(name: string): string {
  const [family, given] = name.split(/,\s*/, 2);
  return given ? `${given} ${family}` : name;
}

const SEARCH_FIELDS = ['aliases', 'demonyms', 'acronym', 'symbol', 'doi', 'iso3', 'iso2', 'officialName', 'authors', 'venue'];

function firstDefined(record: Record<string, unknown>, fields: readonly string[] | undefined): string | null {
  for (const f of fields ?? []) {
    const v = record[f];
    if (v !== undefined && v !== null && v !== '') return String(v);
  }
  return null;
}

function searchText(record: Record<string, unknown>): string {
  return SEARCH_FIELDS.flatMap((f) => {
    const v = record[f];
    return Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)];
  }).join(' | ');
}

function withHash(props: Props): Props {
  return { ...props, hash: contentHash(props) };
}

function nodeRow(kind: Kind, record: Record<string, unknown>, sources: Source[]): NodeRow {
  const props: Props = {};
  for (const [k, v] of Object.entries(record)) {
    if (k === 'sources' || k === 'linkAuthors' || v === undefined) continue;
    props[k] = v as Props[string];
  }
  if (kind === 'Paper') {
    props.name = String(record.title);
    props.authorNames = (record.authors as string[] | undefined) ?? [];
    delete props.authors;
  }
  props.kind = kind;
  props.aliases = (record.aliases as string[] | undefined) ?? [];
  props.searchText = searchText(record);
  props.validFrom = firstDefined(record, (KIND[kind] as { validFrom?: readonly string[] }).validFrom);
  props.validTo = null;
  Object.assign(props, provenance(sources));
  return { id: String(record.id), kind, props: withHash(props) };
}

export function relRow(type: string, from: string, to: string, key: string, fields: Record<string, unknown>, sources: Source[]): RelRow {
  const props: Props = { key };
  for (const [k, v] of Object.entries(fields)) {
    if (['type', 'from', 'to', 'sources'].includes(k) || v === undefined) continue;
    props[k] = v as Props[string];
  }
  const rule = relationRule(type);
  props.validFrom = firstDefined(fields, rule?.validFrom);
  props.validTo = rule?.validTo ? firstDefined(fields, [rule.validTo]) : null;
  Object.assign(props, provenance(sources));
  return { key, type, from, to, props: withHash(props) };
}

/** Derived types made from a field of a record (the document's issuer, an attribution's accused). */
const DERIVED_FROM_FIELDS = (Object.entries(RELATIONSHIP) as [string, RelationshipSpec][]).filter(([, spec]) => spec.derive);

export function normalize(validNodes: ValidNode[], validRelations: ValidRelation[]): { nodes: NodeRow[]; rels: RelRow[] } {
  const nodes = new Map<string, NodeRow>();
  const rels: RelRow[] = [];
  for (const { kind, record } of validNodes) nodes.set(record.id, nodeRow(kind, record as Record<string, unknown>, record.sources));

  for (const { kind, record } of validNodes) {
    const r = record as Record<string, unknown>;
    if (kind === 'Paper' && r.linkAuthors !== false) {
      ((r.authors as string[] | undefined) ?? []).forEach((author, index) => {
        const id = personId(author);
        // Inferred by the rule "the authors a paper lists wrote it"; the paper's own record is the source.
        const source: Source = { source: record.id, locator: `authors, no. ${index + 1}`, curation: 'inferred' };
        if (!nodes.has(id)) nodes.set(id, nodeRow('Person', { id, name: displayName(author), aliases: [author] }, [source]));
        rels.push(relRow(TYPE_FOR.authorship, id, record.id, `${TYPE_FOR.authorship}|${id}|${record.id}|`, { position: index + 1 }, [source]));
      });
    }
    for (const [type, spec] of DERIVED_FROM_FIELDS) {
      if (spec.derive!.kind !== kind) continue;
      const value = r[spec.derive!.field];
      const copied = Object.fromEntries((spec.derive!.copy ?? []).map((f) => [f, r[f]]));
      for (const other of Array.isArray(value) ? value : typeof value === 'string' ? [value] : []) {
        const [from, to] = spec.derive!.fieldEnd === 'from' ? [String(other), record.id] : [record.id, String(other)];
        rels.push(relRow(type, from, to, `${type}|${from}|${to}|`, copied, record.sources));
      }
    }
  }
  for (const { record, key } of validRelations) rels.push(relRow(record.type, record.from, record.to, key, record as Record<string, unknown>, record.sources));
  return { nodes: [...nodes.values()], rels };
}
