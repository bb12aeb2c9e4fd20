/**
 * The domain vocabulary of the explorer, read from the one model (server/src/model/, the
 * zod-free `vocabulary.ts`): kinds, stances in their GraphQL spelling, relationship types in the
 * order the legend and filters list them. Nothing here is a copy, so a kind, stance or type added
 * to the model reaches the legend and filters (and a kind or stance without a style fails to
 * compile in graph/style.ts).
 */
import {
  KINDS as MODEL_KINDS,
  RELATIONSHIP,
  RELATIONSHIP_TYPES,
  STANCES as MODEL_STANCES,
  relationshipSpec,
  stanceEnum,
  type Kind as ModelKind,
  type Stance as ModelStance,
} from '../../server/src/model/vocabulary.ts';

import type { Curation, EvFragment } from './api/generated.ts';

export { GENERATED_TYPES, stancesOf, TYPE_FOR } from '../../server/src/model/vocabulary.ts';

export const KINDS: readonly ModelKind[] = MODEL_KINDS;
export type Kind = ModelKind;

/** `principle-only` → `PRINCIPLE_ONLY`, as a type (what `stanceEnum` does to a value). */
type EnumOf<S extends string> = S extends `${infer A}-${infer B}` ? `${Uppercase<A>}_${EnumOf<B>}` : Uppercase<S>;
/** Stances of positions, of papers and of citations, as the API spells them. */
export type Stance = EnumOf<ModelStance>;
/** A model stance (`principle-only`) in the API's spelling (`PRINCIPLE_ONLY`). */
export const asStance = (s: ModelStance): Stance => stanceEnum(s) as Stance;
export const STANCES: readonly Stance[] = MODEL_STANCES.map(asStance);

/** Relationship types in the order the legend and filters list them. */
export const REL_TYPES: readonly string[] = RELATIONSHIP_TYPES;

/** Types shown in the start view around the default duty. */
export const START_TYPES: string[] = RELATIONSHIP_TYPES.filter((t) => (RELATIONSHIP[t] as { startView?: true }).startView);

/** An entity as other entities point to it. */
export interface EntityRef {
  id: string;
  kind: Kind;
  name: string;
}

/**
 * A source of a fact: the API's Evidence as the `Ev` fragment selects it (generated from the SDL),
 * plus how directly the source shows the fact (PRIMARY, SECONDARY, INFERRED) where it was asked for.
 */
export type Evidence = EvFragment & { curation?: Curation | null };

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

/** Human label of a relationship type: its label in the model (`holds position`). */
export function typeLabel(type: string): string {
  return relationshipSpec(type)?.label ?? type.toLowerCase().replace(/_/g, ' ');
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
