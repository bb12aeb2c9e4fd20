/**
 * The domain vocabulary of the explorer, mirrored from server/src/graphql/schema.graphql.
 * Kept as plain data (const arrays) so filters, the legend and tests iterate the same lists.
 */

export const KINDS = ['Duty', 'State', 'Organisation', 'Instrument', 'Document', 'Case', 'Paper', 'Person', 'Index', 'Event'] as const;
export type Kind = (typeof KINDS)[number];

/** Stances of positions (HOLDS_POSITION), of papers (DISCUSSES) and of citations (CITES). */
export const STANCES = [
  'BINDING',
  'VOLUNTARY',
  'UNSETTLED',
  'CONTESTED',
  'SUPPORTS',
  'CONTRASTS',
  'MENTIONS',
  'SUPPORTING',
  'CONTRASTING',
  'MENTIONING',
] as const;
export type Stance = (typeof STANCES)[number];

/** Relationship types in the order the legend and filters list them (curated first, generated last). */
export const REL_TYPES = [
  'HOLDS_POSITION',
  'EXPRESSES',
  'PART_OF',
  'DERIVES_FROM',
  'PARTY_TO',
  'SIGNED',
  'MEMBER_OF',
  'ADOPTED',
  'ISSUED',
  'DISCUSSES',
  'CITES',
  'AUTHORED',
  'RANKS',
  'RIVAL_OF',
  'LITIGANT_IN',
  'INVOLVES',
  'MENTIONS',
] as const;

/** An entity as other entities point to it. */
export interface EntityRef {
  id: string;
  kind: Kind;
  name: string;
}

export interface Evidence {
  source: EntityRef | null;
  sourceRef: string;
  url: string | null;
  locator: string | null;
  quote: string | null;
  /** How directly the source shows the fact (PRIMARY, SECONDARY, INFERRED), where asked for. */
  curation?: string | null;
}

/** Data carried by a Cytoscape node. `validFrom` lets the time slider hide what did not exist yet. */
export interface NodeData {
  id: string;
  kind: Kind;
  label: string;
  degree: number;
  validFrom: string | null;
}

/** Data carried by a Cytoscape edge. `synthetic` edges come from a trace hop, not from a subgraph. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  stance: Stance | null;
  validFrom: string | null;
  validTo: string | null;
  properties: Record<string, unknown>;
  evidence: Evidence[];
  synthetic?: boolean;
}

/** Human label of a relationship type: `HOLDS_POSITION` → `holds position`. */
export function typeLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** Human label of a stance: `CONTESTED` → `contested`. */
export function stanceLabel(stance: string | null | undefined): string {
  return stance ? stance.toLowerCase() : 'no stance';
}

export function isKind(v: unknown): v is Kind {
  return typeof v === 'string' && (KINDS as readonly string[]).includes(v);
}

export function isStance(v: unknown): v is Stance {
  return typeof v === 'string' && (STANCES as readonly string[]).includes(v);
}
