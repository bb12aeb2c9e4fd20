/**
 * The Atlas's legal reasoning, in one place: a standing of an actor toward a norm on a day,
 * computed from facts by the rules of rules.ts. Pure: no database, no network.
 *
 * @example
 * const s = computeStanding(facts);
 * s.status;  // 'NOT_BOUND'
 * s.verdict; // 'Iran is neither a party to nor a signatory of the Convention on Cybercrime as of 1 December 2026, …'
 */
import { dutyStanding } from './duty.ts';
import type { StandingFacts } from './facts.ts';
import { instrumentStanding } from './instrument.ts';
import type { Standing } from './standing.ts';

export function computeStanding(facts: StandingFacts): Standing {
  const s = facts.norm.kind === 'Instrument' ? instrumentStanding(facts) : dutyStanding(facts);
  // Names arrive as they read mid-sentence ("the African Union"); a verdict opens with a capital.
  return { ...s, verdict: s.verdict.charAt(0).toUpperCase() + s.verdict.slice(1) };
}

export { pathBasis, type HopDirection } from './path-basis.ts';
export { RULES, type RuleId } from './rules.ts';
export type { StandingFacts } from './facts.ts';
export type { BasisKind, LegalBasis, Standing, StandingStatus } from './standing.ts';
