/**
 * Whether a path of the trace is a legal basis, practice or context (rule `path-basis`): the
 * weakest hop decides.
 *
 * @example
 * pathBasis(['MEMBER_OF', 'HOLDS_POSITION']); // 'legal'
 * pathBasis(['RIVAL_OF', 'PARTY_TO']);        // 'context'
 */
import { relationshipSpec, type Basis } from '../model/vocabulary.ts';

export function pathBasis(types: readonly string[]): Basis {
  const bases = types.map((t) => relationshipSpec(t)?.basis ?? 'context');
  if (bases.includes('context') || bases.length === 0) return 'context';
  return bases.includes('practice') ? 'practice' : 'legal';
}
