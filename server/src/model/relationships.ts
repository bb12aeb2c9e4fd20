/**
 * The relationship types: one declaration each, with everything that belongs to the type. Ingestion
 * validates and derives from it, the API explains, ranks and classifies with it, the client lists
 * and styles from it; record fields live in `records.ts` under the same key (a type missing there
 * is a compile error), and `npm run schema` turns the lot into the GraphQL enums, the JSON Schemas
 * and the tables of data/README.md (checked by tests).
 *
 * `basis` is the lawyer's question: may this relationship be part of a *legal basis* for an
 * actor's standing toward a norm (consent to a treaty, one's own position, membership of an
 * organisation whose position it is, an instrument expressing a duty), or is it *context* only
 * (rivalry, scholarship, citation, a ranking, a case's facts, the structure between duties)? A
 * third class, *practice*, is what states did and said about others' conduct (an attribution
 * statement invoking a rule): evidence of a state's practice, never its position or a treaty basis.
 *
 * @example
 * RELATIONSHIP.PARTY_TO.basis;                         // 'legal'
 * RELATIONSHIP.RIVAL_OF.forward('Israel', {});          // 'is reported as a rival of Israel'
 * RELATIONSHIP.HOLDS_POSITION.stances;                 // 'position'
 */
import type { Kind } from './kinds.ts';
import { fromTable, on, ordinal, paren, str, type Template } from './phrases.ts';
import { STANCE_FAMILY, type StanceFamily } from './stances.ts';

export type Basis = 'legal' | 'practice' | 'context';

export interface RelationshipSpec {
  /** Display name: legends, filters, tooltips. */
  readonly label: string;
  /** What the type says, in plain words (data/README.md). */
  readonly meaning: string;
  readonly from: readonly Kind[];
  readonly to: readonly Kind[];
  /** `curated`: written in data/relations; `derived`: made by ingestion (see `derive`). */
  readonly origin: 'curated' | 'derived';
  readonly basis: Basis;
  /** Strength of a hop when ranking paths (0..1). */
  readonly weight: number;
  /** Which relationships a capped hub shows first (lower first). */
  readonly rank: number;
  /** The stance vocabulary of the type, when it has one. */
  readonly stances?: StanceFamily;
  /** Property that tells two relationships of this type between the same ends apart. */
  readonly discriminator?: string;
  /** Date fields: when it began to hold (first present wins) and when it stopped. */
  readonly validFrom?: readonly string[];
  readonly validTo?: string;
  /** Fields (besides from/to) that hold ids of entities that must exist. */
  readonly refs?: readonly string[];
  /** Dated happenings for the timeline: field → what happened. */
  readonly events?: Readonly<Record<string, string>>;
  /**
   * For a derived type: the kind whose records make it, the field holding the other end's id(s),
   * which end that field is, and the record fields copied onto the relationship.
   */
  readonly derive?: { readonly kind: Kind; readonly field: string; readonly fieldEnd: 'from' | 'to'; readonly copy?: readonly string[] };
  /**
   * The part the type plays for code that has to make or single out exactly this type (the
   * generator writing rows, ingestion deriving authorships): that code asks `TYPE_FOR[role]`, so
   * the type's name lives here only.
   */
  readonly role?: string;
  /** Made by a machine (entity linking over text), not read from a source: the weakest evidence. */
  readonly machine?: true;
  /** Shown in the explorer's start view around the default duty. */
  readonly startView?: true;
  /** Verb phrases about the entity we come from: travelling with and against the stored direction. */
  readonly forward: Template;
  readonly backward: Template;
}

const MEMBERSHIP = {
  member: ['is a member of {o}', 'counts {o} among its members'],
  observer: ['is an observer at {o}', 'has {o} as an observer'],
  participant: ['takes part in {o}', 'counts {o} among its participants'],
  associate: ['is an associate member of {o}', 'has {o} as an associate member'],
  suspended: ['is a suspended member of {o}', 'has {o} as a suspended member'],
} as const;

/** The stance family's phrase for the relationship's stance (its default when it has none). */
function stancePhrase(family: StanceFamily, forward: boolean): Template {
  const spec = STANCE_FAMILY[family];
  const table = Object.fromEntries(Object.entries(spec.values).map(([k, v]) => [k, [v.forward, v.backward] as const]));
  const fallback = 'default' in spec ? spec.default : Object.keys(spec.values)[0]!;
  return (o, p) => fromTable(table, str(p.stance), fallback, forward, o);
}

const PARTIES_OF = ['State', 'Organisation'] as const satisfies readonly Kind[];

export const RELATIONSHIP = {
  HOLDS_POSITION: {
    label: 'holds position',
    role: 'position',
    startView: true,
    meaning: "a holder's published position on a rule: its stance, the document, the date and the pinpoint",
    from: PARTIES_OF,
    to: ['Duty'],
    origin: 'curated',
    basis: 'legal',
    weight: 0.9,
    rank: 0,
    stances: 'position',
    discriminator: 'document',
    validFrom: ['date'],
    refs: ['document'],
    events: { date: 'position' },
    forward: (o, p) => `${stancePhrase('position', true)(o, p)}${paren(str(p.date))}`,
    backward: (o, p) => `${stancePhrase('position', false)(o, p)}${paren(str(p.date))}`,
  },
  NO_PUBLIC_POSITION: {
    label: 'no public position',
    role: 'silence',
    meaning: 'a source says the holder has published no position on the rule (as of `date`): silence, recorded, not a gap in the data',
    from: PARTIES_OF,
    to: ['Duty'],
    origin: 'curated',
    basis: 'legal',
    weight: 0.5,
    rank: 1,
    validFrom: ['date'],
    forward: (o, p) => `had published no position on ${o}${str(p.date) ? ` as of ${str(p.date)}` : ''}`,
    backward: (o, p) => `had no published position from ${o}${str(p.date) ? ` as of ${str(p.date)}` : ''}`,
  },
  EXPRESSES: {
    label: 'expresses',
    role: 'expression',
    startView: true,
    meaning: 'an instrument, document or judgment states the duty (`provision`: article, paragraph, rule)',
    from: ['Instrument', 'Document', 'Case'],
    to: ['Duty'],
    origin: 'curated',
    basis: 'legal',
    weight: 0.9,
    rank: 2,
    discriminator: 'provision',
    forward: (o, p) => `expresses ${o}${paren(str(p.provision))}`,
    backward: (o, p) => `is expressed in ${o}${paren(str(p.provision))}`,
  },
  PARTY_TO: {
    label: 'party to',
    role: 'consent',
    meaning: 'consent to be bound by a treaty: `consented` (deposit), `mode`, `inForce` (date it bound this party), `until` (denunciation took effect)',
    from: PARTIES_OF,
    to: ['Instrument'],
    origin: 'curated',
    basis: 'legal',
    weight: 1.0,
    rank: 3,
    discriminator: 'consented',
    validFrom: ['inForce', 'consented'],
    validTo: 'until',
    events: { consented: 'ratification', inForce: 'entry-into-force', until: 'denunciation' },
    forward: (o, p) =>
      str(p.until)
        ? `was a party to ${o} until ${str(p.until)}`
        : `is a party to ${o}${paren(str(p.inForce) ? `bound since ${str(p.inForce)}` : str(p.consented) && `consented ${str(p.consented)}`)}`,
    backward: (o, p) =>
      str(p.until) ? `had ${o} as a party until ${str(p.until)}` : `has ${o} as a party${paren(str(p.inForce) && `since ${str(p.inForce)}`)}`,
  },
  SIGNED: {
    label: 'signed',
    role: 'signature',
    meaning: 'signature of a treaty (`date`): no consent to be bound, but the duty not to defeat its object and purpose',
    from: PARTIES_OF,
    to: ['Instrument'],
    origin: 'curated',
    basis: 'legal',
    weight: 0.8,
    rank: 4,
    validFrom: ['date'],
    events: { date: 'signature' },
    forward: (o, p) => `signed ${o}${on(p.date)}`,
    backward: (o, p) => `was signed by ${o}${on(p.date)}`,
  },
  MEMBER_OF: {
    label: 'member of',
    role: 'membership',
    meaning: 'membership of an organisation: `since`, `until`, `status`',
    from: PARTIES_OF,
    to: ['Organisation'],
    origin: 'curated',
    basis: 'legal',
    weight: 0.7,
    rank: 12,
    discriminator: 'since',
    validFrom: ['since'],
    validTo: 'until',
    events: { since: 'membership', until: 'withdrawal' },
    forward: (o, p) =>
      str(p.until)
        ? `was a member of ${o} until ${str(p.until)}`
        : `${fromTable(MEMBERSHIP, str(p.status), 'member', true, o)}${paren(str(p.since) && `since ${str(p.since)}`)}`,
    backward: (o, p) =>
      str(p.until)
        ? `counted ${o} among its members until ${str(p.until)}`
        : `${fromTable(MEMBERSHIP, str(p.status), 'member', false, o)}${paren(str(p.since) && `since ${str(p.since)}`)}`,
  },
  DISCUSSES: {
    label: 'discusses',
    role: 'discussion',
    startView: true,
    meaning: 'a paper or document discusses an entity: `stance`, `claim` (our words)',
    from: ['Paper', 'Document'],
    to: ['Duty', 'State', 'Organisation', 'Instrument', 'Document', 'Case', 'Paper', 'Person', 'Index', 'Event', 'Incident'],
    origin: 'curated',
    basis: 'context',
    weight: 0.4,
    rank: 5,
    stances: 'paper',
    forward: stancePhrase('paper', true),
    backward: stancePhrase('paper', false),
  },
  PART_OF: {
    label: 'part of',
    role: 'component',
    startView: true,
    meaning: 'a duty is a component of a larger duty',
    from: ['Duty'],
    to: ['Duty'],
    origin: 'curated',
    basis: 'context',
    weight: 0.7,
    rank: 6,
    forward: (o) => `is part of ${o}`,
    backward: (o) => `includes ${o}`,
  },
  APPLIES: {
    label: 'applies',
    role: 'application',
    meaning: 'a cyber-specific duty applies a general principle of international law to cyberspace (the principle itself is not the cyber duty)',
    from: ['Duty'],
    to: ['Duty'],
    origin: 'curated',
    basis: 'context',
    weight: 0.6,
    rank: 7,
    forward: (o) => `applies ${o} to cyberspace`,
    backward: (o) => `is applied to cyberspace by ${o}`,
  },
  DERIVES_FROM: {
    label: 'derives from',
    role: 'derivation',
    startView: true,
    meaning: 'a duty draws on a duty, a case or an instrument',
    from: ['Duty'],
    to: ['Duty', 'Case', 'Instrument'],
    origin: 'curated',
    basis: 'context',
    weight: 0.7,
    rank: 8,
    forward: (o) => `derives from ${o}`,
    backward: (o) => `is a source of ${o}`,
  },
  ADOPTED: {
    label: 'adopted',
    role: 'adoption',
    startView: true,
    meaning: 'an organisation (or a state) adopted an instrument or document (`date`)',
    from: ['Organisation', 'State'],
    to: ['Instrument', 'Document'],
    origin: 'curated',
    basis: 'context',
    weight: 0.8,
    rank: 9,
    validFrom: ['date'],
    events: { date: 'adoption' },
    forward: (o, p) => `adopted ${o}${on(p.date)}`,
    backward: (o, p) => `was adopted by ${o}${on(p.date)}`,
  },
  ISSUED: {
    label: 'issued',
    role: 'issuing',
    startView: true,
    meaning: "the document's issuer (from the document's `issuer`)",
    from: ['State', 'Organisation', 'Person'],
    to: ['Document'],
    origin: 'derived',
    basis: 'context',
    weight: 0.8,
    rank: 10,
    validFrom: ['date'],
    derive: { kind: 'Document', field: 'issuer', fieldEnd: 'from', copy: ['date'] },
    forward: (o) => `issued ${o}`,
    backward: (o) => `was issued by ${o}`,
  },
  LITIGANT_IN: {
    label: 'litigant in',
    role: 'litigation',
    startView: true,
    meaning: 'a state was a party to a case: `role` (applicant, respondent, party, intervener)',
    from: ['State'],
    to: ['Case'],
    origin: 'curated',
    basis: 'context',
    weight: 0.7,
    rank: 11,
    forward: (o, p) => (str(p.role) ? `was the ${str(p.role)} in ${o}` : `was a party to ${o}`),
    backward: (o, p) => (str(p.role) ? `had ${o} as ${str(p.role)}` : `had ${o} as a party`),
  },
  CITES: {
    label: 'cites',
    role: 'citation',
    meaning: 'a work cites another: `stance`, `passage`',
    from: ['Paper', 'Document'],
    to: ['Paper', 'Document', 'Instrument', 'Case'],
    origin: 'curated',
    basis: 'context',
    weight: 0.3,
    rank: 13,
    stances: 'citation',
    forward: stancePhrase('citation', true),
    backward: stancePhrase('citation', false),
  },
  RANKS: {
    label: 'ranks',
    role: 'ranking',
    meaning: 'an index ranks a state: `rank`, `score`',
    from: ['Index'],
    to: ['State'],
    origin: 'curated',
    basis: 'context',
    weight: 0.4,
    rank: 14,
    forward: (o, p) => `ranks ${o}${typeof p.rank === 'number' ? ` ${ordinal(p.rank)}` : ''}`,
    backward: (o, p) => `is ranked${typeof p.rank === 'number' ? ` ${ordinal(p.rank)}` : ''} by ${o}`,
  },
  RIVAL_OF: {
    label: 'rival of',
    role: 'rivalry',
    meaning: 'a source reports two states as rivals (`reportedBy`): context, never a legal link',
    from: ['State'],
    to: ['State'],
    origin: 'curated',
    basis: 'context',
    weight: 0.3,
    rank: 15,
    refs: ['reportedBy'],
    forward: (o) => `is reported as a rival of ${o}`,
    backward: (o) => `is reported as a rival of ${o}`,
  },
  INVOLVES: {
    label: 'involves',
    role: 'involvement',
    meaning: 'an event involves a state or organisation (`role`)',
    from: ['Event'],
    to: ['State', 'Organisation'],
    origin: 'curated',
    basis: 'context',
    weight: 0.5,
    rank: 16,
    forward: (o, p) => `involved ${o}${paren(str(p.role))}`,
    backward: (o) => `was involved in ${o}`,
  },
  AUTHORED: {
    label: 'authored',
    role: 'authorship',
    meaning: "a person wrote a paper (from the paper's `authors`, in order)",
    from: ['Person'],
    to: ['Paper'],
    origin: 'derived',
    basis: 'context',
    weight: 0.3,
    rank: 17,
    forward: (o) => `wrote ${o}`,
    backward: (o) => `was written by ${o}`,
  },
  MENTIONS: {
    label: 'mentions',
    role: 'linking',
    machine: true,
    meaning: 'entity linking found the name of a state or organisation in a title, abstract or seed text (machine-made)',
    from: ['Paper', 'Document'],
    to: ['State', 'Organisation'],
    origin: 'derived',
    basis: 'context',
    weight: 0.2,
    rank: 18,
    forward: (o) => `mentions ${o}`,
    backward: (o) => `is mentioned in ${o}`,
  },
  VICTIM_OF: {
    label: 'victim of',
    meaning: "a state a source names as affected by an incident (from the incident's `victims`)",
    from: ['State'],
    to: ['Incident'],
    origin: 'derived',
    basis: 'context',
    weight: 0.5,
    rank: 19,
    derive: { kind: 'Incident', field: 'victims', fieldEnd: 'from' },
    forward: (o) => `was affected by ${o}`,
    backward: (o) => `affected ${o}`,
  },
  ATTRIBUTES: {
    label: 'attributes',
    meaning: "the incident an attribution is about (from the attribution's `incident`)",
    from: ['Attribution'],
    to: ['Incident'],
    origin: 'derived',
    basis: 'practice',
    weight: 0.6,
    rank: 20,
    derive: { kind: 'Attribution', field: 'incident', fieldEnd: 'to', copy: ['date'] },
    validFrom: ['date'],
    forward: (o) => `attributes ${o}`,
    backward: (o) => `is attributed in ${o}`,
  },
  ATTRIBUTED_BY: {
    label: 'attributed by',
    meaning: "who made an attribution, alone or jointly (from the attribution's `by`)",
    from: ['Attribution'],
    to: ['State', 'Organisation'],
    origin: 'derived',
    basis: 'practice',
    weight: 0.6,
    rank: 21,
    derive: { kind: 'Attribution', field: 'by', fieldEnd: 'to', copy: ['date'] },
    validFrom: ['date'],
    events: { date: 'attribution' },
    forward: (o, p) => `was made by ${o}${on(p.date)}`,
    backward: (o, p) => `made ${o}${on(p.date)}`,
  },
  ATTRIBUTED_TO: {
    label: 'attributed to',
    meaning: "whom an attribution names as responsible (from the attribution's `to`)",
    from: ['Attribution'],
    to: ['State', 'Organisation'],
    origin: 'derived',
    basis: 'context',
    weight: 0.5,
    rank: 22,
    derive: { kind: 'Attribution', field: 'to', fieldEnd: 'to', copy: ['date'] },
    validFrom: ['date'],
    forward: (o) => `names ${o} as responsible`,
    backward: (o) => `is named as responsible in ${o}`,
  },
  STATED_IN: {
    label: 'stated in',
    meaning: "the statement (a document) that makes an attribution (from the attribution's `statement`)",
    from: ['Attribution'],
    to: ['Document'],
    origin: 'derived',
    basis: 'practice',
    weight: 0.7,
    rank: 23,
    derive: { kind: 'Attribution', field: 'statement', fieldEnd: 'to' },
    forward: (o) => `is stated in ${o}`,
    backward: (o) => `states ${o}`,
  },
  INVOKES: {
    label: 'invokes',
    meaning: "a rule an attribution statement invokes (from the attribution's `invokes`): practice, not a position",
    from: ['Attribution'],
    to: ['Duty'],
    origin: 'derived',
    basis: 'practice',
    weight: 0.6,
    rank: 24,
    derive: { kind: 'Attribution', field: 'invokes', fieldEnd: 'to', copy: ['date'] },
    validFrom: ['date'],
    forward: (o) => `invokes ${o}`,
    backward: (o) => `is invoked in ${o}`,
  },
  RESPONDS_TO: {
    label: 'responds to',
    meaning: "the incidents a response answers (from the response's `answers`)",
    from: ['Response'],
    to: ['Incident'],
    origin: 'derived',
    basis: 'context',
    weight: 0.5,
    rank: 25,
    derive: { kind: 'Response', field: 'answers', fieldEnd: 'to', copy: ['date'] },
    validFrom: ['date'],
    forward: (o) => `responds to ${o}`,
    backward: (o) => `is answered by ${o}`,
  },
  RESPONSE_BY: {
    label: 'response by',
    meaning: "who took a response: sanctions, indictments, expulsions (from the response's `by`)",
    from: ['Response'],
    to: ['State', 'Organisation'],
    origin: 'derived',
    basis: 'practice',
    weight: 0.5,
    rank: 26,
    derive: { kind: 'Response', field: 'by', fieldEnd: 'to', copy: ['date'] },
    validFrom: ['date'],
    events: { date: 'response' },
    forward: (o, p) => `was taken by ${o}${on(p.date)}`,
    backward: (o, p) => `took ${o}${on(p.date)}`,
  },
  TARGETS: {
    label: 'targets',
    meaning: "whom a response targets (from the response's `targets`)",
    from: ['Response'],
    to: ['State', 'Organisation', 'Person'],
    origin: 'derived',
    basis: 'context',
    weight: 0.4,
    rank: 27,
    derive: { kind: 'Response', field: 'targets', fieldEnd: 'to' },
    forward: (o) => `targets ${o}`,
    backward: (o) => `is targeted by ${o}`,
  },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIP;
/** Every type, in the order legends and filters list them. */
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP) as RelationshipType[];

export function relationshipSpec(type: string): RelationshipSpec | undefined {
  return Object.hasOwn(RELATIONSHIP, type) ? (RELATIONSHIP as Record<string, RelationshipSpec>)[type] : undefined;
}

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && relationshipSpec(value) !== undefined;
}

/** Types written by curators in data/relations, and types ingestion derives. */
export const CURATED_TYPES = RELATIONSHIP_TYPES.filter((t) => RELATIONSHIP[t].origin === 'curated');
export const DERIVED_TYPES = RELATIONSHIP_TYPES.filter((t) => RELATIONSHIP[t].origin === 'derived');
/** Types that may form a legal basis; `practice` and `context` types never do. */
export const LEGAL_TYPES = RELATIONSHIP_TYPES.filter((t) => RELATIONSHIP[t].basis === 'legal');

type Role = { [T in RelationshipType]: (typeof RELATIONSHIP)[T] extends { readonly role: infer R extends string } ? R : never }[RelationshipType];

/** Role → the one type that plays it (roles are unique: a test checks). */
export const TYPE_FOR = Object.fromEntries(
  RELATIONSHIP_TYPES.flatMap((t) => {
    const role = (RELATIONSHIP[t] as RelationshipSpec).role;
    return role ? [[role, t]] : [];
  }),
) as Record<Role, RelationshipType>;

/** Types a machine makes (entity linking), ranked after curated facts. */
export const MACHINE_TYPES = RELATIONSHIP_TYPES.filter((t) => (RELATIONSHIP[t] as RelationshipSpec).machine === true);

/** Derived types ingestion makes itself (no `derive` spec: authorship, entity linking), with no records of their own. */
export const GENERATED_TYPES = DERIVED_TYPES.filter((t) => (RELATIONSHIP[t] as RelationshipSpec).derive === undefined);

/** Timeline events of relationships: type, date field and what happened, in declaration order. */
export const RELATIONSHIP_EVENTS = RELATIONSHIP_TYPES.flatMap((type) =>
  Object.entries((RELATIONSHIP[type] as RelationshipSpec).events ?? {}).map(([field, what]) => ({ type, field, what })),
);

/** The derived type a field of a kind's records makes (`Attribution`, `by` → who attributed); throws when none does. */
export function typeDerivedFrom(kind: Kind, field: string): RelationshipType {
  const type = RELATIONSHIP_TYPES.find((t) => {
    const d = (RELATIONSHIP[t] as RelationshipSpec).derive;
    return d?.kind === kind && d.field === field;
  });
  if (!type) throw new Error(`no relationship type is derived from the field ${field} of ${kind} records (server/src/model/relationships.ts)`);
  return type;
}

/** Types whose records carry a stance of the family. */
export function typesWithStances(family: StanceFamily): RelationshipType[] {
  return RELATIONSHIP_TYPES.filter((t) => (RELATIONSHIP[t] as RelationshipSpec).stances === family);
}
