/**
 * Standing: where an actor stands toward a norm on a day (the API's `standing`, issue 11), and
 * the trace's context paths beside it. The answer's types are generated (generated.ts); the
 * operation is checked against the SDL by client/src/api/__tests__/queries.test.ts.
 */
import { gql, type RequestOptions } from './client.ts';
import type { BasisFragment, StandingQuery, StandingQueryVariables } from './generated.ts';

export type LegalBasis = BasisFragment;
export type Standing = StandingQuery['standing'];
/** A path beside the standing: PRACTICE (an attribution hop) or CONTEXT, never LEGAL (fetchStanding drops those). */
export type ContextPath = StandingQuery['paths'][number];

const REF = 'id kind name';

export const STANDING = `query Standing($actor: ID!, $norm: ID!, $asOf: Date, $maxLength: Int) {
  standing(actor: $actor, norm: $norm, asOf: $asOf) {
    asOf status verdict rule limits
    actor { ${REF} }
    norm { ${REF} }
    bases { ...Basis }
    counterEvidence { ...Basis }
  }
  paths(from: $actor, to: $norm, asOf: $asOf, maxLength: $maxLength, first: 5) { explanation basis }
}
fragment Basis on LegalBasis {
  kind explanation since until dateKnown curation provision stance
  via { ${REF} }
  document { ${REF} }
  evidence { sourceRef url locator quote curation source { ${REF} } }
}`;

/** The standing, and the paths between the two that are not legal bases (practice or context). */
export async function fetchStanding(
  v: { actor: string; norm: string; asOf: string | null },
  opts?: RequestOptions,
): Promise<{ standing: Standing; context: ContextPath[] }> {
  const data = await gql<StandingQuery, StandingQueryVariables>(STANDING, { ...v, maxLength: 3 }, opts);
  return { standing: data.standing, context: data.paths.filter((p) => p.basis !== 'LEGAL') };
}
