/**
 * What a standing is: a status, the one-sentence verdict, the legal bases with their evidence,
 * counter-evidence, the rule that decided, and the limits of the answer.
 */
import { bestCuration, type Curation } from '../model/vocabulary.ts';
import { str } from '../model/phrases.ts';
import type { EvidenceFact, Fact, Ref } from './facts.ts';
import { relation, span, type DateRelation } from './dates.ts';

export type StandingStatus =
  // toward an instrument
  | 'PARTY'
  | 'CONTRACTING_STATE'
  | 'SIGNATORY'
  | 'DENOUNCED'
  | 'NOT_BOUND'
  | 'NOT_A_TREATY'
  // toward a duty
  | 'HOLDS_BINDING'
  | 'HOLDS_VOLUNTARY'
  | 'UNSETTLED'
  | 'CONTESTED'
  | 'PRINCIPLE_ONLY'
  | 'BOUND_BY_TREATY'
  | 'VIA_ORGANISATION'
  | 'PRACTICE_ONLY'
  | 'NO_PUBLIC_POSITION'
  | 'NOT_RECORDED'
  // either
  | 'DATE_UNKNOWN';

export type BasisKind =
  | 'PARTY'
  | 'CONSENT_NOT_YET_IN_FORCE'
  | 'SIGNATURE'
  | 'DENUNCIATION'
  | 'OWN_POSITION'
  | 'SUPERSEDED_POSITION'
  | 'TREATY'
  | 'ORGANISATION_POSITION'
  | 'PRACTICE'
  | 'NO_PUBLIC_POSITION';

export interface LegalBasis {
  kind: BasisKind;
  explanation: string;
  since: string | null;
  until: string | null;
  /** False when the fact's date is unknown or too coarse to place it before or after the day asked about. */
  dateKnown: boolean;
  evidence: EvidenceFact[];
  curation: Curation | null;
  /** The instrument, organisation, document or attribution the basis runs through. */
  via: Ref | null;
  document: Ref | null;
  provision: string | null;
  stance: string | null;
}

export interface Standing {
  status: StandingStatus;
  verdict: string;
  /** Id of the rule that decided the status (rules.ts). */
  rule: string;
  bases: LegalBasis[];
  counterEvidence: LegalBasis[];
  /** What the answer cannot say (coarse dates, old charts, secondary sources). */
  limits: string[];
}

export { str };

export function basis(kind: BasisKind, explanation: string, fact: Fact, extra: Partial<LegalBasis> = {}): LegalBasis {
  return {
    kind,
    explanation,
    since: null,
    until: null,
    dateKnown: true,
    evidence: fact.evidence,
    curation: bestCuration(fact.evidence.map((e) => e.curation)),
    via: null,
    document: null,
    provision: null,
    stance: null,
    ...extra,
  };
}

/** Where a fact's date stands to the day asked about. */
export function when(date: unknown, asOf: string): DateRelation {
  return relation(str(date), asOf);
}

/** The later of two partial dates (by the last day each may stand for). */
export function later(a: string | null, b: string | null): boolean {
  return (span(a)?.last ?? '') > (span(b)?.last ?? '');
}
