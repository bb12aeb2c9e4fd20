/**
 * Standing: where an actor stands toward a norm on a day (the API's `standing`, issue 11), and
 * the trace's context paths beside it. The types mirror server/src/graphql/schema.graphql; the
 * operation is checked against it by client/src/api/__tests__/queries.test.ts.
 */
import { gql, type RequestOptions } from './client.ts';
import type { EntityRef, Evidence } from '../types.ts';

export type Curation = 'PRIMARY' | 'SECONDARY' | 'INFERRED' | string;

export interface StandingEvidence extends Evidence {
  curation: Curation | null;
}

export interface LegalBasis {
  kind: string;
  explanation: string;
  since: string | null;
  until: string | null;
  dateKnown: boolean;
  curation: Curation | null;
  provision: string | null;
  stance: string | null;
  via: EntityRef | null;
  document: EntityRef | null;
  evidence: StandingEvidence[];
}

export interface Standing {
  actor: EntityRef;
  norm: EntityRef;
  asOf: string;
  status: string;
  verdict: string;
  rule: string;
  bases: LegalBasis[];
  counterEvidence: LegalBasis[];
  limits: string[];
}

export interface ContextPath {
  explanation: string;
  /** PRACTICE (an attribution hop) or CONTEXT: never LEGAL here. */
  basis: 'LEGAL' | 'PRACTICE' | 'CONTEXT';
}

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
  const data = await gql<{ standing: Standing; paths: ContextPath[] }>(STANDING, { ...v, maxLength: 3 }, opts);
  return { standing: data.standing, context: data.paths.filter((p) => p.basis !== 'LEGAL') };
}
