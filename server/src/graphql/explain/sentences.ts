/**
 * Plain-English templates, one per relationship type and direction of travel. A template gives a
 * verb phrase about the entity we come from ("is a member of the African Union"); a hop's sentence
 * puts its subject in front, and a path chains the phrases with relative clauses:
 * "Kenya is a member of the African Union, which is studied by the 2024 paper “…”, which argues
 * for due diligence (cyber)." `forward` means travelling in the stored direction of the relationship.
 */
import type { EntityRecord } from '../model.ts';
import { label, labelCapitalised, relativePronoun } from './labels.ts';

type Props = Record<string, unknown>;
type Template = (o: string, p: Props) => string;

function str(v: unknown): string | null {
  return v === null || v === undefined || v === '' ? null : String(v);
}

/** " (since 1958)" style suffixes: only when the value is there. */
function paren(text: string | null): string {
  return text ? ` (${text})` : '';
}

function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

const MEMBERSHIP: Record<string, [string, string]> = {
  // status: [forward verb phrase, backward verb phrase]
  member: ['is a member of {o}', 'counts {o} among its members'],
  observer: ['is an observer at {o}', 'has {o} as an observer'],
  participant: ['takes part in {o}', 'counts {o} among its participants'],
  associate: ['is an associate member of {o}', 'has {o} as an associate member'],
  suspended: ['is a suspended member of {o}', 'has {o} as a suspended member'],
};

const POSITION: Record<string, [string, string]> = {
  binding: ['holds {o} to be binding', 'is held to be binding by {o}'],
  voluntary: ['treats {o} as a voluntary, non-binding norm', 'is treated as a voluntary, non-binding norm by {o}'],
  unsettled: ['considers {o} not yet settled in international law', 'is considered not yet settled by {o}'],
  contested: ['contests {o}', 'is contested by {o}'],
};

const DISCUSSION: Record<string, [string, string]> = {
  supports: ['argues for {o}', 'is argued for by {o}'],
  contrasts: ['takes a contrasting view of {o}', 'is questioned by {o}'],
  mentions: ['studies {o}', 'is studied by {o}'],
};

const CITATION: Record<string, [string, string]> = {
  supporting: ['cites {o} in support', 'is cited in support by {o}'],
  contrasting: ['cites {o} critically', 'is cited critically by {o}'],
  mentioning: ['cites {o}', 'is cited by {o}'],
};

function byKey(table: Record<string, [string, string]>, key: string | null, fallback: string, forward: boolean, o: string): string {
  const pair = table[key ?? ''] ?? table[fallback]!;
  return pair[forward ? 0 : 1].replace('{o}', o);
}

const FORWARD: Record<string, Template> = {
  MEMBER_OF: (o, p) =>
    str(p.until)
      ? `was a member of ${o} until ${str(p.until)}`
      : `${byKey(MEMBERSHIP, str(p.status), 'member', true, o)}${paren(str(p.since) && `since ${str(p.since)}`)}`,
  SIGNED: (o, p) => `signed ${o}${str(p.date) ? ` on ${str(p.date)}` : ''}`,
  PARTY_TO: (o, p) =>
    str(p.until)
      ? `was a party to ${o} until ${str(p.until)}`
      : `is a party to ${o}${paren(str(p.inForce) ? `bound since ${str(p.inForce)}` : str(p.consented) && `consented ${str(p.consented)}`)}`,
  ADOPTED: (o, p) => `adopted ${o}${str(p.date) ? ` on ${str(p.date)}` : ''}`,
  EXPRESSES: (o, p) => `expresses ${o}${paren(str(p.provision))}`,
  PART_OF: (o) => `is part of ${o}`,
  DERIVES_FROM: (o) => `derives from ${o}`,
  HOLDS_POSITION: (o, p) => `${byKey(POSITION, str(p.stance), 'binding', true, o)}${paren(str(p.date))}`,
  DISCUSSES: (o, p) => byKey(DISCUSSION, str(p.stance), 'mentions', true, o),
  CITES: (o, p) => byKey(CITATION, str(p.stance), 'mentioning', true, o),
  RANKS: (o, p) => `ranks ${o}${typeof p.rank === 'number' ? ` ${ordinal(p.rank)}` : ''}`,
  RIVAL_OF: (o) => `is reported as a rival of ${o}`,
  LITIGANT_IN: (o, p) => (str(p.role) ? `was the ${str(p.role)} in ${o}` : `was a party to ${o}`),
  INVOLVES: (o, p) => `involved ${o}${paren(str(p.role))}`,
  AUTHORED: (o) => `wrote ${o}`,
  ISSUED: (o) => `issued ${o}`,
  MENTIONS: (o) => `mentions ${o}`,
};

const BACKWARD: Record<string, Template> = {
  MEMBER_OF: (o, p) =>
    str(p.until)
      ? `counted ${o} among its members until ${str(p.until)}`
      : `${byKey(MEMBERSHIP, str(p.status), 'member', false, o)}${paren(str(p.since) && `since ${str(p.since)}`)}`,
  SIGNED: (o, p) => `was signed by ${o}${str(p.date) ? ` on ${str(p.date)}` : ''}`,
  PARTY_TO: (o, p) => (str(p.until) ? `had ${o} as a party until ${str(p.until)}` : `has ${o} as a party${paren(str(p.inForce) && `since ${str(p.inForce)}`)}`),
  ADOPTED: (o, p) => `was adopted by ${o}${str(p.date) ? ` on ${str(p.date)}` : ''}`,
  EXPRESSES: (o, p) => `is expressed in ${o}${paren(str(p.provision))}`,
  PART_OF: (o) => `includes ${o}`,
  DERIVES_FROM: (o) => `is a source of ${o}`,
  HOLDS_POSITION: (o, p) => `${byKey(POSITION, str(p.stance), 'binding', false, o)}${paren(str(p.date))}`,
  DISCUSSES: (o, p) => byKey(DISCUSSION, str(p.stance), 'mentions', false, o),
  CITES: (o, p) => byKey(CITATION, str(p.stance), 'mentioning', false, o),
  RANKS: (o, p) => `is ranked${typeof p.rank === 'number' ? ` ${ordinal(p.rank)}` : ''} by ${o}`,
  RIVAL_OF: (o) => `is reported as a rival of ${o}`,
  LITIGANT_IN: (o, p) => (str(p.role) ? `had ${o} as ${str(p.role)}` : `had ${o} as a party`),
  INVOLVES: (o) => `was involved in ${o}`,
  AUTHORED: (o) => `was written by ${o}`,
  ISSUED: (o) => `was issued by ${o}`,
  MENTIONS: (o) => `is mentioned in ${o}`,
};

/** The verb phrase for travelling along a relationship of `type` to `object`. */
export function phrase(type: string, forward: boolean, props: Props, object: EntityRecord): string {
  const template = (forward ? FORWARD : BACKWARD)[type];
  const o = label(object);
  return template ? template(o, props) : `is linked to ${o} (${type.toLowerCase().replace(/_/g, ' ')})`;
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
