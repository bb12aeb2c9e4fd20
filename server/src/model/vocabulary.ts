/**
 * The vocabulary without the record validators: kinds, stances, curation statuses and
 * relationship types with their sentences, weights, ranks and legal classification. Pure data
 * and small functions, no zod, so the client bundles it as it is.
 *
 * @example
 * import { RELATIONSHIP_TYPES, RELATIONSHIP } from '../../server/src/model/vocabulary.ts';
 * RELATIONSHIP_TYPES.map((t) => RELATIONSHIP[t].label);
 */
import { KIND, type Kind } from './kinds.ts';
import { relationshipSpec } from './relationships.ts';

export * from './curation.ts';
export * from './kinds.ts';
export * from './relationships.ts';
export * from './stances.ts';

/** Kinds whose entities carry a date (an undated one has an unknown start, never "always"). */
export function isDatedKind(kind: string): boolean {
  return ((KIND[kind as Kind] as { validFrom?: readonly string[] } | undefined)?.validFrom?.length ?? 0) > 0;
}

/** Relationship types whose facts carry a date. */
export function isDatedType(type: string): boolean {
  return (relationshipSpec(type)?.validFrom?.length ?? 0) > 0;
}
