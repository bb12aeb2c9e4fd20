/**
 * Argument checks shared by the resolvers. Each failure is a BAD_USER_INPUT error that names the
 * argument and what is allowed (see caps.ts for why values are rejected rather than clamped).
 */
import { RELATIONSHIP_TYPES } from '../../model/vocabulary.ts';
import { badInput } from '../errors.ts';
import { CAPS } from './caps.ts';

export function checkRange(argument: string, value: number | null | undefined, range: { min: number; max: number }, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < range.min || v > range.max) {
    throw badInput(argument, `\`${argument}\` must be between ${range.min} and ${range.max} (got ${v}).`);
  }
  return v;
}

/** A list argument: null/undefined stays null (no filter); an empty list is an empty filter. */
export function checkList<T>(argument: string, list: readonly T[] | null | undefined, max: number = CAPS.listArgument): T[] | null {
  if (list === null || list === undefined) return null;
  if (list.length > max) throw badInput(argument, `\`${argument}\` may hold at most ${max} entries (got ${list.length}).`);
  return [...new Set(list)];
}

// Ids are `kind:slug` in practice, but the slug of a paper is its DOI (slashes, dots, brackets,
// anything). Ids are always sent to Neo4j as parameters, so any text is harmless; only absurd
// lengths and control characters are refused.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export function checkId(argument: string, id: string): string {
  if (id.length === 0 || id.length > CAPS.idLength || CONTROL.test(id)) {
    throw badInput(argument, `\`${argument}\` must be an entity id such as \`state:FRA\` (1 to ${CAPS.idLength} characters, no control characters).`);
  }
  return id;
}

export function checkIds(argument: string, ids: readonly string[] | null | undefined, range: { min: number; max: number }): string[] | null {
  if (ids === null || ids === undefined) return null;
  if (ids.length < range.min || ids.length > range.max) {
    throw badInput(argument, `\`${argument}\` must hold ${range.min} to ${range.max} ids (got ${ids.length}).`);
  }
  return [...new Set(ids.map((id) => checkId(argument, id)))];
}

const TYPE_NAME = /^[A-Z][A-Z0-9_]{0,39}$/;

/** Relationship type names (capitals and underscores). Unknown but well-formed names simply match nothing. */
export function checkTypes(argument: string, types: readonly string[] | null | undefined): string[] | null {
  const list = checkList(argument, types);
  for (const t of list ?? []) {
    if (!TYPE_NAME.test(t))
      throw badInput(argument, `\`${argument}\` holds relationship type names in capitals, such as ${RELATIONSHIP_TYPES[0]} (got ${JSON.stringify(t.slice(0, 50))}).`);
  }
  return list;
}

export function checkYears(argument: string, years: readonly number[] | null | undefined): string[] | null {
  const list = checkList(argument, years);
  for (const y of list ?? []) {
    if (!Number.isInteger(y) || y < 1000 || y > 2999) throw badInput(argument, `\`${argument}\` holds four-digit years (got ${y}).`);
  }
  return list ? list.map(String) : null;
}

/**
 * "As of" a partial date means as of its first day (cypher/README.md): `2015` -> `2015-01-01`.
 * A stored partial date then compares correctly as a string: '2015' <= '2015-01-01'.
 */
export function startOfDate(date: string | null | undefined): string | null {
  if (!date) return null;
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day a partial date covers, for inclusive upper bounds: `2015` -> `2015-12-31`. */
export function endOfDate(date: string | null | undefined): string | null {
  if (!date) return null;
  // '-31' for every month is fine: these are string bounds, and no stored date sorts between
  // the real last day of a month and day 31 of it.
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}
