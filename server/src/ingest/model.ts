/**
 * The data model: what a valid record in `data/` looks like, kind by kind and relationship
 * type by relationship type. This file is the single definition; `npm run schema` turns it
 * into the JSON Schemas in data/schema/ for editors, and validation uses it directly.
 *
 * @example
 * NODE_SCHEMAS.State.safeParse({ id: 'state:FRA', iso3: 'FRA', name: 'France', sources: [...] });
 * RELATION_RULES.MEMBER_OF.from; // ['State', 'Organisation']
 */
import { z } from 'zod';

export const KINDS = ['State', 'Organisation', 'Instrument', 'Duty', 'Document', 'Case', 'Paper', 'Person', 'Index', 'Event'] as const;
export type Kind = (typeof KINDS)[number];

/** Folder in data/ → kind. */
export const FOLDER_KIND: Record<string, Kind> = {
  states: 'State',
  organisations: 'Organisation',
  instruments: 'Instrument',
  duties: 'Duty',
  documents: 'Document',
  cases: 'Case',
  papers: 'Paper',
  persons: 'Person',
  indexes: 'Index',
  events: 'Event',
};

/** Id prefix → kind (`state:FRA` is a State). */
export const PREFIX_KIND: Record<string, Kind> = {
  state: 'State',
  org: 'Organisation',
  instrument: 'Instrument',
  duty: 'Duty',
  document: 'Document',
  case: 'Case',
  paper: 'Paper',
  person: 'Person',
  index: 'Index',
  event: 'Event',
};

export function kindOfId(id: string): Kind | undefined {
  return PREFIX_KIND[id.slice(0, id.indexOf(':'))];
}

const SLUG = /^[a-z0-9][a-z0-9._-]*$/;

function idOf(prefix: string, rest: RegExp = SLUG, example = `${prefix}:some-slug`) {
  return z
    .string()
    .refine((s) => s.startsWith(`${prefix}:`) && rest.test(s.slice(prefix.length + 1)), { message: `an id like "${example}"` });
}

/** `2001-11-23`, `2001-11` or `2001`, and a real calendar day. YAML may hand us 2001 as a number. */
export const DateString = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z.string().refine(isIsoDate, { message: 'a date like 2001-11-23 (or 2001-11, or 2001)' }),
);

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d !== undefined) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCDate() !== Number(d)) return false;
  }
  return true;
}

const text = z.string().trim().min(1, 'a non-empty text');
const url = z.string().regex(/^https?:\/\/\S+$/, 'an http(s) URL');
const list = z.array(text).default([]);
const bool = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean());
const int = z.preprocess((v) => (typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v), z.number().int());

/** Where a fact comes from. `source` is an entity id in the graph or an http(s) URL. */
export const SourceSchema = z.strictObject({
  source: z.string().refine((s) => /^https?:\/\/\S+$/.test(s) || kindOfId(s) !== undefined, {
    message: 'an entity id (e.g. document:seed-004) or an https URL',
  }),
  locator: text,
  quote: z.string().trim().min(1).max(600, 'a short quote (at most 600 characters)').optional(),
});
export type Source = z.infer<typeof SourceSchema>;

const sources = z.array(SourceSchema).min(1, 'at least one source');

const base = {
  name: text,
  aliases: list,
  summary: text.optional(),
  note: text.optional(),
  sources,
};

export const NODE_SCHEMAS = {
  State: z.strictObject({
    id: idOf('state', /^[A-Z]{3}$/, 'state:FRA'),
    ...base,
    iso3: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code like FRA'),
    iso2: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code like FR').optional(),
    m49: z.string().regex(/^\d{3}$/, 'a three-digit UN M49 code like 250').optional(),
    officialName: text.optional(),
    demonyms: list,
    region: z.enum(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']).optional(),
    subregion: text.optional(),
    unStatus: z.enum(['member', 'observer']).optional(),
  }),
  Organisation: z.strictObject({
    id: idOf('org'),
    ...base,
    acronym: text.optional(),
    orgType: z.enum(['un-principal-organ', 'un-subsidiary-body', 'un-specialised', 'regional', 'intergovernmental', 'court', 'treaty-body', 'other']).optional(),
    parent: idOf('org').optional(),
    founded: DateString.optional(),
    url: url.optional(),
  }),
  Instrument: z.strictObject({
    id: idOf('instrument'),
    ...base,
    instrumentType: z.enum(['treaty', 'protocol', 'resolution', 'report', 'manual', 'articles', 'declaration']),
    binding: bool.optional(),
    symbol: text.optional(),
    adopted: DateString.optional(),
    openedForSignature: DateString.optional(),
    entryIntoForce: DateString.optional(),
    adoptedBy: idOf('org').optional(),
    url: url.optional(),
  }),
  Duty: z.strictObject({
    id: idOf('duty'),
    ...base,
    dutyType: z.enum(['obligation', 'principle', 'norm', 'factor', 'standard']).optional(),
  }),
  Document: z.strictObject({
    id: idOf('document'),
    ...base,
    docType: z.enum(['position-statement', 'common-position', 'speech', 'report', 'resolution', 'submission', 'seed', 'other']),
    date: DateString.optional(),
    symbol: text.optional(),
    issuer: z.string().refine((s) => kindOfId(s) === 'State' || kindOfId(s) === 'Organisation' || kindOfId(s) === 'Person', { message: 'a state, organisation or person id' }).optional(),
    url: url.optional(),
    file: text.optional(),
  }),
  Case: z.strictObject({
    id: idOf('case'),
    ...base,
    court: text.optional(),
    decided: DateString.optional(),
    citation: text.optional(),
    url: url.optional(),
  }),
  Paper: z.strictObject({
    id: idOf('paper', /^\S+$/, 'paper:10.1093/jcsl/krw011'),
    ...base,
    name: text.optional(),
    title: text,
    authors: list,
    /** false where the source prints author names we could not confirm: no Person nodes are made. */
    linkAuthors: bool.default(true),
    year: int.refine((y) => y >= 1600 && y <= 2100, 'a year between 1600 and 2100').optional(),
    venue: text.optional(),
    volume: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), text).optional(),
    issue: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), text).optional(),
    pages: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), text).optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI like 10.1093/jcsl/krw011 (without https://doi.org/)').optional(),
    url: url.optional(),
    abstract: text.optional(),
    language: text.optional(),
    publisher: text.optional(),
  }),
  Person: z.strictObject({
    id: idOf('person'),
    ...base,
    affiliation: text.optional(),
    url: url.optional(),
  }),
  Index: z.strictObject({
    id: idOf('index'),
    ...base,
    publisher: text.optional(),
    year: int.optional(),
    url: url.optional(),
  }),
  Event: z.strictObject({
    id: idOf('event'),
    ...base,
    date: DateString.optional(),
    eventType: text.optional(),
    url: url.optional(),
  }),
} satisfies Record<Kind, z.ZodType>;

export type NodeRecord = z.infer<(typeof NODE_SCHEMAS)[Kind]> & { id: string };

/** Fields that are lists (CSV cells split on `|`). */
export const LIST_FIELDS = new Set(['aliases', 'demonyms', 'authors']);

const anyId = z.string().refine((s) => kindOfId(s) !== undefined, { message: 'an entity id like state:FRA or duty:due-diligence' });

const rel = {
  from: anyId,
  to: anyId,
  note: text.optional(),
  sources,
};

export const POSITION_STANCES = ['binding', 'voluntary', 'unsettled', 'contested'] as const;
export const PAPER_STANCES = ['supports', 'contrasts', 'mentions'] as const;
export const CITATION_STANCES = ['supporting', 'contrasting', 'mentioning'] as const;

export const RELATION_SCHEMAS = {
  MEMBER_OF: z.strictObject({ type: z.literal('MEMBER_OF'), ...rel, since: DateString.optional(), until: DateString.optional(), status: z.enum(['member', 'observer', 'suspended', 'associate', 'participant']).default('member') }),
  SIGNED: z.strictObject({ type: z.literal('SIGNED'), ...rel, date: DateString.optional() }),
  PARTY_TO: z.strictObject({
    type: z.literal('PARTY_TO'),
    ...rel,
    consented: DateString.optional(),
    mode: z.enum(['ratification', 'accession', 'acceptance', 'approval', 'succession', 'signature']).optional(),
    inForce: DateString.optional(),
    until: DateString.optional(),
  }),
  ADOPTED: z.strictObject({ type: z.literal('ADOPTED'), ...rel, date: DateString.optional() }),
  EXPRESSES: z.strictObject({ type: z.literal('EXPRESSES'), ...rel, provision: text.optional() }),
  PART_OF: z.strictObject({ type: z.literal('PART_OF'), ...rel }),
  DERIVES_FROM: z.strictObject({ type: z.literal('DERIVES_FROM'), ...rel }),
  HOLDS_POSITION: z.strictObject({
    type: z.literal('HOLDS_POSITION'),
    ...rel,
    stance: z.enum(POSITION_STANCES),
    date: DateString.optional(),
    document: idOf('document').optional(),
    paragraph: text.optional(),
  }),
  DISCUSSES: z.strictObject({ type: z.literal('DISCUSSES'), ...rel, stance: z.enum(PAPER_STANCES).default('mentions'), claim: text.optional() }),
  CITES: z.strictObject({ type: z.literal('CITES'), ...rel, stance: z.enum(CITATION_STANCES).default('mentioning'), passage: text.optional() }),
  RANKS: z.strictObject({ type: z.literal('RANKS'), ...rel, rank: int.refine((n) => n >= 1, 'a rank of 1 or more'), score: z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v), z.number()).optional() }),
  RIVAL_OF: z.strictObject({ type: z.literal('RIVAL_OF'), ...rel, reportedBy: anyId.optional() }),
  LITIGANT_IN: z.strictObject({ type: z.literal('LITIGANT_IN'), ...rel, role: z.enum(['applicant', 'respondent', 'party', 'intervener']).optional() }),
  INVOLVES: z.strictObject({ type: z.literal('INVOLVES'), ...rel, role: text.optional() }),
} as const;

export type RelationType = keyof typeof RELATION_SCHEMAS;
export const RELATION_TYPES = Object.keys(RELATION_SCHEMAS) as RelationType[];
/** Relationship types that ingestion derives and curators never write. */
export const DERIVED_TYPES = ['AUTHORED', 'ISSUED', 'MENTIONS'] as const;
export type RelationRecord = z.infer<(typeof RELATION_SCHEMAS)[RelationType]>;

/** Which kinds each relationship type may connect, and which property tells two apart. */
export const RELATION_RULES: Record<RelationType, { from: Kind[]; to: Kind[]; discriminator?: string; validFrom?: string[]; validTo?: string }> = {
  MEMBER_OF: { from: ['State', 'Organisation'], to: ['Organisation'], discriminator: 'since', validFrom: ['since'], validTo: 'until' },
  SIGNED: { from: ['State', 'Organisation'], to: ['Instrument'], validFrom: ['date'] },
  PARTY_TO: { from: ['State', 'Organisation'], to: ['Instrument'], discriminator: 'consented', validFrom: ['inForce', 'consented'], validTo: 'until' },
  ADOPTED: { from: ['Organisation', 'State'], to: ['Instrument', 'Document'], validFrom: ['date'] },
  EXPRESSES: { from: ['Instrument', 'Document', 'Case'], to: ['Duty'], discriminator: 'provision' },
  PART_OF: { from: ['Duty'], to: ['Duty'] },
  DERIVES_FROM: { from: ['Duty'], to: ['Duty', 'Case', 'Instrument'] },
  HOLDS_POSITION: { from: ['State', 'Organisation'], to: ['Duty'], discriminator: 'document', validFrom: ['date'] },
  DISCUSSES: { from: ['Paper', 'Document'], to: [...KINDS] },
  CITES: { from: ['Paper', 'Document'], to: ['Paper', 'Document', 'Instrument', 'Case'] },
  RANKS: { from: ['Index'], to: ['State'] },
  RIVAL_OF: { from: ['State'], to: ['State'] },
  LITIGANT_IN: { from: ['State'], to: ['Case'] },
  INVOLVES: { from: ['Event'], to: ['State', 'Organisation'] },
};
