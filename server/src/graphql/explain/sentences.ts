/**
 * Plain-English sentences from the templates of server/src/model/relationships.ts (one per type
 * and direction of travel). A template gives a
 * verb phrase about the entity we come from ("is a member of the African Union"); a hop's sentence
 * puts its subject in front, and a path chains the phrases with relative clauses:
 * "Kenya is a member of the African Union, which is studied by the 2024 paper “…”, which argues
 * for due diligence (cyber)." `forward` means travelling in the stored direction of the relationship.
 */
import type { EntityRecord } from '../model.ts';
import { paren, str } from '../../model/phrases.ts';
import { relationshipSpec } from '../../model/vocabulary.ts';
import { label, labelCapitalised, relativePronoun } from './labels.ts';

type Props = Record<string, unknown>;

/** The verb phrase for travelling along a relationship of `type` to `object`. */
export function phrase(type: string, forward: boolean, props: Props, object: EntityRecord): string {
  const spec = relationshipSpec(type);
  // Every stored type is declared (a test loads every declared type); an undeclared one would be
  // a bug, and says so rather than reading like a fact.
  if (!spec) throw new Error(`relationship type ${type} has no declaration in server/src/model/relationships.ts`);
  return (forward ? spec.forward : spec.backward)(label(object), props);
}

/** One hop as a sentence: "Kenya is a member of the African Union." */
export function hopSentence(subject: EntityRecord, type: string, forward: boolean, props: Props, object: EntityRecord): string {
  return `${labelCapitalised(subject)} ${phrase(type, forward, props, object)}.`;
}

export interface HopForProse {
  from: EntityRecord;
  to: EntityRecord;
  type: string;
  forward: boolean;
  props: Props;
}

/** A whole path in one sentence, each hop a relative clause about the entity before it. */
export function pathExplanation(hops: HopForProse[]): string {
  if (hops.length === 0) return '';
  const [first, ...rest] = hops;
  let text = `${labelCapitalised(first!.from)} ${phrase(first!.type, first!.forward, first!.props, first!.to)}`;
  for (const hop of rest) text += `, ${relativePronoun(hop.from)} ${phrase(hop.type, hop.forward, hop.props, hop.to)}`;
  return `${text}.`;
}

/** "was" or "were": "The Articles on State Responsibility were adopted". */
function was(e: EntityRecord): string {
  return /^(draft )?articles\b/i.test(e.name) ? 'were' : 'was';
}

/** Timeline labels for dates stored on entities (no relationship involved). */
export function entityEventLabel(what: string, subject: EntityRecord, object: EntityRecord | null): string {
  const s = labelCapitalised(subject);
  switch (what) {
    case 'adoption':
      return object ? `${s} ${was(subject)} adopted by ${label(object)}.` : `${s} ${was(subject)} adopted.`;
    case 'opened-for-signature':
      return `${s} ${was(subject)} opened for signature.`;
    case 'entry-into-force':
      return `${s} entered into force.`;
    case 'publication':
      return object ? `${labelCapitalised(object)} issued ${label(subject)}.` : `${s} ${was(subject)} published.`;
    case 'decision':
      return `${s} was decided${subject.court ? ` by the ${String(subject.court)}` : ''}.`;
    case 'founding':
      return `${s} was founded.`;
    case 'incident':
      return `${s} began.`;
    case 'discovery':
      return `${s} was discovered.`;
    default:
      return `${s}.`;
  }
}

/** Timeline labels for dates stored on relationships. */
export function relationshipEventLabel(what: string, type: string, subject: EntityRecord, object: EntityRecord, props: Props): string {
  const s = labelCapitalised(subject);
  const o = label(object);
  switch (what) {
    case 'ratification':
      return `${s} consented to be bound by ${o}${paren(str(props.mode))}.`;
    case 'entry-into-force':
      return `${labelCapitalised(object)} entered into force for ${label(subject)}.`;
    case 'denunciation':
      return `${s} ceased to be a party to ${o}.`;
    case 'membership':
      return `${s} joined ${o}${str(props.status) && str(props.status) !== 'member' ? ` as ${str(props.status)}` : ''}.`;
    case 'withdrawal':
      return `${s} left ${o}.`;
    default:
      return hopSentence(subject, type, true, props, object);
  }
}
