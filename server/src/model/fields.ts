/**
 * Field validators shared by the record schemas of `records.ts`: ids, dates that keep their
 * precision, texts, URLs, lists, and the provenance every record carries.
 *
 * @example
 * DateString.parse('2020-12');   // '2020-12' (a month, not the 1st of December)
 * SourceSchema.parse({ source: 'https://www.coe.int/…', locator: 'row Albania', curation: 'primary' });
 */
import { z } from 'zod';
import { CURATIONS } from './curation.ts';
import { KIND, kindOfId, type Kind } from './kinds.ts';

const SLUG = /^[a-z0-9][a-z0-9._-]*$/;

/** An id of one kind: `idOf('State', /^[A-Z]{3}$/, 'state:FRA')`. */
export function idOf(kind: Kind, rest: RegExp = SLUG, example = `${KIND[kind].prefix}:some-slug`) {
  const prefix = KIND[kind].prefix;
  return z.string().refine((s) => s.startsWith(`${prefix}:`) && rest.test(s.slice(prefix.length + 1)), { message: `an id like "${example}"` });
}

/** An id of any of these kinds. */
export function idOfKinds(kinds: readonly Kind[], example: string) {
  return z
    .string()
    .refine((s) => kinds.includes(kindOfId(s)!), {
      message: `${kinds.length === 1 ? 'an' : 'a'} ${kinds.map((k) => KIND[k].label.toLowerCase()).join(', ')} id like ${example}`,
    });
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

export const text = z.string().trim().min(1, 'a non-empty text');
export const url = z.string().regex(/^https?:\/\/\S+$/, 'an http(s) URL');
export const list = z.array(text).default([]);
export const bool = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean());
export const int = z.preprocess((v) => (typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v), z.number().int());
/** YAML reads `12` as a number where we mean the text "12" (volumes, pages). */
export const textOrNumber = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), text);

/** Where a fact comes from. `source` is an entity id in the graph or an http(s) URL. */
export const SourceSchema = z.strictObject({
  source: z.string().refine((s) => /^https?:\/\/\S+$/.test(s) || kindOfId(s) !== undefined, {
    message: 'an entity id (e.g. document:seed-004) or an https URL',
  }),
  locator: text,
  quote: z.string().trim().min(1).max(600, 'a short quote (at most 600 characters)').optional(),
  /** How directly the source shows the fact (curation.ts). */
  curation: z.enum(CURATIONS),
});
export type Source = z.infer<typeof SourceSchema>;

export const sources = z.array(SourceSchema).min(1, 'at least one source');

/** Fields of every record. */
export const base = {
  name: text,
  aliases: list,
  summary: text.optional(),
  note: text.optional(),
  sources,
};

/** Fields of every relationship record. */
export const anyId = z.string().refine((s) => kindOfId(s) !== undefined, { message: 'an entity id like state:FRA or duty:due-diligence' });
export const rel = {
  from: anyId,
  to: anyId,
  note: text.optional(),
  sources,
};
