/**
 * The shapes resolvers pass around, built from the plain rows of db.read (cypher/README.md says
 * how the graph stores them): entities, relationships read from one end, evidence.
 *
 * Provenance is stored as three parallel lists (`ev_sources`, `ev_locators`, `ev_quotes`, '' where
 * absent); here it becomes a list of Evidence records. Internal properties (provenance lists,
 * content hash) never reach a client through `properties`.
 */

import { bestCuration, isStance, NEGATIVE_STANCES as NEGATIVE, relationshipSpec, type Basis, type Curation, type Kind, type Stance } from '../model/vocabulary.ts';
import { STORED_ONLY_PROPERTIES } from '../model/cypher-regions.ts';

export type { Kind } from '../model/vocabulary.ts';
export { KINDS } from '../model/vocabulary.ts';
export type StanceValue = Stance;
/** Stances that speak against the thing they are about. */
export const NEGATIVE_STANCES = new Set<string>(NEGATIVE);

export interface EvidenceRecord {
  sourceRef: string;
  locator: string | null;
  quote: string | null;
  curation?: Curation | null;
}

/** An entity: every stored property (typed fields resolve straight from them) plus defaults. */
export interface EntityRecord {
  id: string;
  kind: Kind;
  name: string;
  aliases: string[];
  summary?: string | null;
  /** Degree when a query already computed it (saves a loader round trip). */
  degree?: number;
  [property: string]: unknown;
}

export interface RelationshipRecord {
  key: string;
  type: string;
  /** Seen from the entity it was read from: OUT when the stored relationship starts there. */
  direction: 'OUT' | 'IN';
  /** Id of the stored start and end. */
  start: string;
  end: string;
  other: EntityRecord;
  properties: Record<string, unknown>;
  stance: StanceValue | null;
  validFrom: string | null;
  validTo: string | null;
  evidence: EvidenceRecord[];
}

/** Never an entity's field, even from a query that forgot to leave them out. */
const STORED_ONLY = new Set<string>(STORED_ONLY_PROPERTIES);
/** Not a relationship's public property: its provenance lists (read as evidence) and the stored-only ones. */
const INTERNAL = new Set(['ev_sources', 'ev_locators', 'ev_quotes', 'ev_curations', ...STORED_ONLY_PROPERTIES]);

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => (v === null || v === undefined ? '' : String(v))) : [];
}

/** Provenance lists of a node or relationship, as Evidence records. */
export function evidenceOf(props: Record<string, unknown>): EvidenceRecord[] {
  const sources = strings(props.ev_sources);
  const locators = strings(props.ev_locators);
  const quotes = strings(props.ev_quotes);
  const curations = strings(props.ev_curations);
  return sources
    .map((sourceRef, i) => ({ sourceRef, locator: locators[i] || null, quote: quotes[i] || null, curation: bestCuration([curations[i]]) }))
    .filter((e) => e.sourceRef !== '');
}

/** The properties a client may see (stored values minus provenance lists and hashes). */
export function publicProperties(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (!INTERNAL.has(k) && v !== null && v !== undefined) out[k] = v;
  }
  return out;
}

export function toStance(value: unknown): StanceValue | null {
  return isStance(value) ? value : null;
}

export function toEntity(row: unknown): EntityRecord | null {
  if (!row || typeof row !== 'object') return null;
  const props = row as Record<string, unknown>;
  if (typeof props.id !== 'string') return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (v !== null && v !== undefined && !STORED_ONLY.has(k)) out[k] = v;
  return {
    ...out,
    id: props.id,
    kind: String(props.kind ?? '') as Kind,
    name: String(props.name ?? props.title ?? props.id),
    aliases: strings(props.aliases),
  };
}

/** A relationship row `{type, start, props}` read from `from`, with the entity at the other end. */
export function toRelationship(type: string, startId: string, props: Record<string, unknown>, from: string, other: EntityRecord): RelationshipRecord {
  const outgoing = startId === from;
  return {
    key: String(props.key ?? `${type}|${startId}|${other.id}`),
    type,
    direction: outgoing ? 'OUT' : 'IN',
    start: outgoing ? from : other.id,
    end: outgoing ? other.id : from,
    other,
    properties: publicProperties(props),
    stance: toStance(props.stance),
    validFrom: typeof props.validFrom === 'string' ? props.validFrom : props.validFrom == null ? null : String(props.validFrom),
    validTo: typeof props.validTo === 'string' ? props.validTo : props.validTo == null ? null : String(props.validTo),
    evidence: evidenceOf(props),
  };
}

/** True when a source reference names an entity of the graph rather than a URL. */
export function isEntityRef(ref: string): boolean {
  return /^[a-z]+:/.test(ref) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(ref);
}

/** LEGAL or CONTEXT (stored types always have a declaration; anything else is context). */
export function basisOf(type: string): Basis {
  return relationshipSpec(type)?.basis ?? 'context';
}

/** The best curation status of a fact's evidence. */
export function curationOf(evidence: EvidenceRecord[]): Curation | null {
  return bestCuration(evidence.map((e) => e.curation));
}
