/**
 * The vocabulary without the record validators: kinds, stances, curation statuses and
 * relationship types with their sentences, weights, ranks and legal classification. Pure data
 * and small functions, no zod, so the client bundles it as it is.
 *
 * @example
 * import { RELATIONSHIP_TYPES, RELATIONSHIP } from '../../server/src/model/vocabulary.ts';
 * RELATIONSHIP_TYPES.map((t) => RELATIONSHIP[t].label);
 */
export * from './curation.ts';
export * from './kinds.ts';
export * from './relationships.ts';
export * from './stances.ts';
