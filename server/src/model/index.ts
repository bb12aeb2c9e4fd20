/**
 * The one home of the vocabulary: every kind, stance, curation status and relationship type,
 * and what a valid record of each looks like. Everything else imports from here (the client
 * from `vocabulary.ts`, which leaves the validators out).
 *
 * @example
 * import { RELATIONSHIP, NODE_SCHEMAS, relationRule } from '../model/index.ts';
 */
import { RELATIONSHIP, type RelationshipSpec } from './relationships.ts';

export * from './fields.ts';
export * from './records.ts';
export * from './vocabulary.ts';

/** The declaration of a type known to exist (validated data, stored relationships). */
export function relationRule(type: string): RelationshipSpec | undefined {
  return Object.hasOwn(RELATIONSHIP, type) ? (RELATIONSHIP as Record<string, RelationshipSpec>)[type] : undefined;
}
