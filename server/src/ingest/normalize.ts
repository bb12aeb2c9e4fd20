/**
 * Turns validated records into the rows that are stored: flat property maps with provenance
 * as parallel lists, `validFrom`/`validTo` for reading the graph as of a day, a search text
 * for the full-text index and a content hash for change detection. Derives Person nodes and
 * AUTHORED relationships from paper authors, and ISSUED from document issuers.
 *
 * Pure: no I/O, so it is tested exhaustively without a database.
 *
 * @example
 * const { nodes, rels } = normalize(validated.nodes, validated.relations);
 * nodes[0]; // { id: 'state:AFG', kind: 'State', props: { id, kind, name, ..., ev_sources: [...], hash } }
 */
import { createHash } from 'node:crypto';
import { RELATION_RULES, type Kind, type Source } from './model.ts';
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

export function contentHash(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('base64url').slice(0, 16);
}

/** Provenance as three parallel lists: Neo4j properties cannot hold maps. */
export function provenance(sources: Source[]): Props {
  return {
    ev_sources: sources.map((s) => s.source),
    ev_locators: sources.map((s) => s.locator),
    ev_quotes: sources.map((s) => s.quote ?? ''),
  };
}

/** `Buchan, Russell` → `person:buchan-russell`; accents folded, punctuation dropped. */
export function personId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `person:${slug || 'unknown'}`;
}

/** `Buchan, Russell` → `Russell Buchan` (display); names without a comma stay as written. */
export function displayName(name: string): string {
  const [family, given] = name.split(/,\s*/, 2);
  return given ? `${given} ${family}` : name;
}

const NODE_VALID_FROM: Partial<Record<Kind, string[]>> = {
  Paper: ['year'],
  Document: ['date'],
  Instrument: ['adopted', 'openedForSignature'],
  Case: ['decided'],
  Event: ['date'],
};

const SEARCH_FIELDS = ['aliases', 'demonyms', 'acronym', 'symbol', 'doi', 'iso3', 'iso2', 'officialName', 'authors', 'venue'];

function firstDefined(record: Record<string, unknown>, fields: string[] | undefined): string | null {
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
  props.validFrom = firstDefined(record, NODE_VALID_FROM[kind]);
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
  const rule = RELATION_RULES[type as keyof typeof RELATION_RULES];
  props.validFrom = firstDefined(fields, rule?.validFrom);
  props.validTo = rule?.validTo ? firstDefined(fields, [rule.validTo]) : null;
  Object.assign(props, provenance(sources));
  return { key, type, from, to, props: withHash(props) };
}

export function normalize(validNodes: ValidNode[], validRelations: ValidRelation[]): { nodes: NodeRow[]; rels: RelRow[] } {
  const nodes = new Map<string, NodeRow>();
  const rels: RelRow[] = [];
  for (const { kind, record } of validNodes) nodes.set(record.id, nodeRow(kind, record as Record<string, unknown>, record.sources));

  for (const { kind, record } of validNodes) {
    const r = record as Record<string, unknown>;
    if (kind === 'Paper' && r.linkAuthors !== false) {
      ((r.authors as string[] | undefined) ?? []).forEach((author, index) => {
        const id = personId(author);
        const source: Source = { source: record.id, locator: `authors, no. ${index + 1}` };
        if (!nodes.has(id)) nodes.set(id, nodeRow('Person', { id, name: displayName(author), aliases: [author] }, [source]));
        rels.push(relRow('AUTHORED', id, record.id, `AUTHORED|${id}|${record.id}|`, { position: index + 1 }, [source]));
      });
    }
    if (kind === 'Document' && typeof r.issuer === 'string') {
      rels.push(relRow('ISSUED', r.issuer, record.id, `ISSUED|${r.issuer}|${record.id}|`, { date: r.date }, record.sources));
    }
  }
  for (const { record, key } of validRelations) rels.push(relRow(record.type, record.from, record.to, key, record as Record<string, unknown>, record.sources));
  return { nodes: [...nodes.values()], rels };
}
