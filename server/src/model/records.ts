/**
 * What a valid record in data/ looks like, kind by kind and relationship type by relationship
 * type (zod). Keyed by the declarations of `kinds.ts` and `relationships.ts`: a kind or type
 * declared there and missing here (or the other way round) does not compile. `npm run schema`
 * turns these into data/schema/*.json for editors; validation uses them directly.
 *
 * @example
 * NODE_SCHEMAS.State.safeParse({ id: 'state:FRA', iso3: 'FRA', name: 'France', sources: [...] });
 * RELATION_SCHEMAS.MEMBER_OF.shape.status;
 */
import { z } from 'zod';
import { anyId, base, bool, DateString, idOf, idOfKinds, int, list, rel, text, textOrNumber, url } from './fields.ts';
import type { Kind } from './kinds.ts';
import { RELATIONSHIP, type RelationshipType } from './relationships.ts';
import { STANCE_FAMILY, stancesOf, type StanceFamily } from './stances.ts';

/** A Wikidata item id (Q142 is France): for linking the graph to other open data. */
const wikidata = z.string().regex(/^Q[1-9]\d*$/, 'a Wikidata item id like Q142');

export const NODE_SCHEMAS = {
  State: z.strictObject({
    id: idOf('State', /^[A-Z]{3}$/, 'state:FRA'),
    ...base,
    iso3: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code like FRA'),
    iso2: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code like FR')
      .optional(),
    m49: z
      .string()
      .regex(/^\d{3}$/, 'a three-digit UN M49 code like 250')
      .optional(),
    officialName: text.optional(),
    demonyms: list,
    region: z.enum(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']).optional(),
    subregion: text.optional(),
    unStatus: z.enum(['member', 'observer']).optional(),
    wikidata: wikidata.optional(),
  }),
  Organisation: z.strictObject({
    id: idOf('Organisation'),
    ...base,
    acronym: text.optional(),
    orgType: z
      .enum(['un-principal-organ', 'un-subsidiary-body', 'un-specialised', 'regional', 'intergovernmental', 'court', 'treaty-body', 'state-agency', 'other'])
      .optional(),
    parent: idOf('Organisation').optional(),
    founded: DateString.optional(),
    url: url.optional(),
    wikidata: wikidata.optional(),
  }),
  Instrument: z.strictObject({
    id: idOf('Instrument'),
    ...base,
    instrumentType: z.enum(['treaty', 'protocol', 'resolution', 'report', 'manual', 'articles', 'declaration']),
    binding: bool.optional(),
    symbol: text.optional(),
    adopted: DateString.optional(),
    openedForSignature: DateString.optional(),
    entryIntoForce: DateString.optional(),
    adoptedBy: idOf('Organisation').optional(),
    url: url.optional(),
  }),
  Duty: z.strictObject({
    id: idOf('Duty'),
    ...base,
    dutyType: z.enum(['obligation', 'principle', 'norm', 'factor', 'standard']).optional(),
  }),
  Document: z.strictObject({
    id: idOf('Document'),
    ...base,
    docType: z.enum(['position-statement', 'common-position', 'speech', 'report', 'resolution', 'submission', 'statement', 'seed', 'other']),
    date: DateString.optional(),
    symbol: text.optional(),
    issuer: idOfKinds(RELATIONSHIP.ISSUED.from, 'state:FRA').optional(),
    url: url.optional(),
    file: text.optional(),
  }),
  Case: z.strictObject({
    id: idOf('Case'),
    ...base,
    court: text.optional(),
    decided: DateString.optional(),
    citation: text.optional(),
    url: url.optional(),
  }),
  Paper: z.strictObject({
    id: idOf('Paper', /^\S+$/, 'paper:10.1093/jcsl/krw011'),
    ...base,
    name: text.optional(),
    title: text,
    authors: list,
    /** false where the source prints author names we could not confirm: no Person nodes are made. */
    linkAuthors: bool.default(true),
    year: int.refine((y) => y >= 1600 && y <= 2100, 'a year between 1600 and 2100').optional(),
    venue: text.optional(),
    volume: textOrNumber.optional(),
    issue: textOrNumber.optional(),
    pages: textOrNumber.optional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'a DOI like 10.1093/jcsl/krw011 (without https://doi.org/)')
      .optional(),
    url: url.optional(),
    abstract: text.optional(),
    language: text.optional(),
    publisher: text.optional(),
  }),
  Person: z.strictObject({
    id: idOf('Person'),
    ...base,
    affiliation: text.optional(),
    url: url.optional(),
  }),
  Index: z.strictObject({
    id: idOf('Index'),
    ...base,
    publisher: text.optional(),
    year: int.optional(),
    url: url.optional(),
  }),
  Event: z.strictObject({
    id: idOf('Event'),
    ...base,
    date: DateString.optional(),
    eventType: text.optional(),
    url: url.optional(),
  }),
  Incident: z.strictObject({
    id: idOf('Incident'),
    ...base,
    started: DateString.optional(),
    discovered: DateString.optional(),
    /** States a source names as affected (VICTIM_OF is derived from it). */
    victims: z.array(idOf('State', /^[A-Z]{3}$/, 'state:UKR')).default([]),
    sectors: list,
  }),
  Attribution: z.strictObject({
    id: idOf('Attribution'),
    ...base,
    incident: idOf('Incident'),
    by: z.array(idOfKinds(['State', 'Organisation'], 'state:GBR')).min(1, 'at least one attributing state or organisation'),
    to: z.array(idOfKinds(['State', 'Organisation'], 'state:RUS')).default([]),
    date: DateString,
    statement: idOf('Document'),
    /** The statement's own words of confidence ("almost certainly"). */
    confidence: text.optional(),
    attributionType: z.enum(['attribution', 'denial', 'contested']).default('attribution'),
    invokes: z.array(idOf('Duty')).default([]),
  }),
  Response: z.strictObject({
    id: idOf('Response'),
    ...base,
    responseType: z.enum(['sanction', 'indictment', 'expulsion', 'joint-statement', 'other']),
    date: DateString,
    by: z.array(idOfKinds(['State', 'Organisation'], 'org:eu')).min(1, 'at least one responding state or organisation'),
    targets: z.array(idOfKinds(['State', 'Organisation', 'Person'], 'org:ru-gru')).default([]),
    answers: z.array(idOf('Incident')).default([]),
    document: idOf('Document').optional(),
  }),
} satisfies Record<Kind, z.ZodType>;

export type NodeRecord = z.infer<(typeof NODE_SCHEMAS)[Kind]> & { id: string };

/** True when a field's schema is a list (under its default or optional wrapper). */
function isList(schema: z.ZodType): boolean {
  const def = (schema as unknown as { def: { type: string; innerType?: z.ZodType } }).def;
  if (def.type === 'array') return true;
  return def.innerType ? isList(def.innerType) : false;
}

/** Fields of each kind that are lists (CSV cells split on `|`); `sources` is never a cell. */
export const LIST_FIELDS = Object.fromEntries(
  Object.entries(NODE_SCHEMAS).map(([kind, schema]) => [
    kind,
    new Set(
      Object.entries(schema.shape as Record<string, z.ZodType>)
        .filter(([k, v]) => k !== 'sources' && isList(v))
        .map(([k]) => k),
    ),
  ]),
) as Record<Kind, Set<string>>;

/** The stance field of a type with a stance family: required, or defaulted where the family says. */
function stanceField(family: StanceFamily) {
  const e = z.enum(stancesOf(family) as unknown as [string, ...string[]]);
  const spec = STANCE_FAMILY[family];
  return 'default' in spec ? e.default(spec.default) : e;
}

const curated = <T extends RelationshipType, S extends z.ZodRawShape>(type: T, shape: S) => z.strictObject({ type: z.literal(type), ...rel, ...shape });

/** Curated types only: derived types are never written by hand. */
export const RELATION_SCHEMAS = {
  MEMBER_OF: curated('MEMBER_OF', {
    since: DateString.optional(),
    until: DateString.optional(),
    status: z.enum(['member', 'observer', 'suspended', 'associate', 'participant']).default('member'),
  }),
  SIGNED: curated('SIGNED', { date: DateString.optional() }),
  PARTY_TO: curated('PARTY_TO', {
    consented: DateString.optional(),
    mode: z.enum(['ratification', 'accession', 'acceptance', 'approval', 'succession', 'signature']).optional(),
    inForce: DateString.optional(),
    until: DateString.optional(),
  }),
  ADOPTED: curated('ADOPTED', { date: DateString.optional() }),
  EXPRESSES: curated('EXPRESSES', { provision: text.optional() }),
  PART_OF: curated('PART_OF', {}),
  APPLIES: curated('APPLIES', {}),
  DERIVES_FROM: curated('DERIVES_FROM', {}),
  HOLDS_POSITION: curated('HOLDS_POSITION', {
    stance: stanceField('position'),
    date: DateString.optional(),
    document: idOf('Document').optional(),
    paragraph: text.optional(),
  }),
  NO_PUBLIC_POSITION: curated('NO_PUBLIC_POSITION', { date: DateString }),
  DISCUSSES: curated('DISCUSSES', { stance: stanceField('paper'), claim: text.optional() }),
  CITES: curated('CITES', { stance: stanceField('citation'), passage: text.optional() }),
  RANKS: curated('RANKS', {
    rank: int.refine((n) => n >= 1, 'a rank of 1 or more'),
    score: z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v), z.number()).optional(),
  }),
  RIVAL_OF: curated('RIVAL_OF', { reportedBy: anyId.optional() }),
  LITIGANT_IN: curated('LITIGANT_IN', { role: z.enum(['applicant', 'respondent', 'party', 'intervener']).optional() }),
  INVOLVES: curated('INVOLVES', { role: text.optional() }),
} satisfies { [T in RelationshipType as (typeof RELATIONSHIP)[T]['origin'] extends 'curated' ? T : never]: z.ZodType };

export type CuratedType = keyof typeof RELATION_SCHEMAS;
export type RelationRecord = z.infer<(typeof RELATION_SCHEMAS)[CuratedType]>;
