/**
 * How strong a path is, for ranking paths of equal length. A hop weighs what its relationship
 * type and its best source say: a treaty party or an official position (1.0, 0.9) above a
 * membership (0.7) above scholarship (0.4) and a citation (0.3); a source that is an instrument
 * or case above an official document above a paper. The path's weight is the mean of its hops,
 * lowered when it passes through a hub or only through a shared membership, treaty or ranking
 * ("both are members of the OSCE", "both are ranked by the same index" are weak links).
 */
import { relationshipSpec, TYPE_FOR } from '../../model/vocabulary.ts';
import type { EvidenceRecord } from '../model.ts';


const OFFICIAL_URL =
  /^https?:\/\/([^/]*\.)?(gov|gouv|gob|int|mil|un\.org|coe\.int|europa\.eu|oas\.org|au\.int|osce\.org|nato\.int|icj-cij\.org|treaties\.un\.org|government\.[a-z]+|regeringen\.se|valtioneuvosto\.fi)(\.[a-z]{2,3})?([/:]|$)/i;

/** Weight of one source reference: what kind of text it is. */
export function sourceWeight(ref: string): number {
  if (ref.startsWith('instrument:')) return 1.0;
  if (ref.startsWith('case:')) return 0.9;
  // Seed documents are scholarly abstracts kept as documents; other documents are official texts.
  if (ref.startsWith('document:seed-')) return 0.5;
  if (ref.startsWith('document:')) return 0.85;
  if (ref.startsWith('paper:')) return 0.4;
  if (OFFICIAL_URL.test(ref)) return 0.8;
  if (/^https?:\/\//i.test(ref)) return 0.6;
  return 0.3;
}

export function hopWeight(type: string, evidence: EvidenceRecord[]): number {
  const typeWeight = relationshipSpec(type)?.weight ?? 0.3;
  const best = evidence.reduce((m, e) => Math.max(m, sourceWeight(e.sourceRef)), 0.3);
  return 0.7 * typeWeight + 0.3 * best;
}

/** Signing and being a party are the same kind of link to a treaty. */
function family(type: string): string {
  const spec = relationshipSpec(type);
  return spec && spec.to.length === 1 && spec.to[0] === 'Instrument' && spec.basis === 'legal' ? 'TREATY' : type;
}

export interface HopForRanking {
  type: string;
  forward: boolean;
  evidence: EvidenceRecord[];
}

/**
 * @param intermediateDegrees degree of each entity strictly inside the path
 * @param hubDegree entities above this many relationships count as hubs
 */
export function pathWeight(hops: HopForRanking[], intermediateDegrees: number[], hubDegree: number): number {
  if (hops.length === 0) return 0;
  let weight = hops.reduce((s, h) => s + hopWeight(h.type, h.evidence), 0) / hops.length;
  intermediateDegrees.forEach((degree, i) => {
    if (degree > hubDegree) weight *= 0.5;
    const into = hops[i]!;
    const outOf = hops[i + 1]!;
    // Siblings: both relationships end at the shared entity ("A is a member of X", "X counts B
    // among its members"; two papers citing X; two states holding a view of X): X contains them,
    // it does not connect them. An index ranking two states is the same, from the other end. A
    // paper that discusses both A and B is different: it is the link, and keeps its weight.
    const bothEndHere = into.forward && !outOf.forward;
    const bothStartHere = !into.forward && outOf.forward && into.type === TYPE_FOR.ranking;
    if (family(into.type) === family(outOf.type) && (bothEndHere || bothStartHere)) weight *= 0.6;
  });
  return Math.round(weight * 1000) / 1000;
}
