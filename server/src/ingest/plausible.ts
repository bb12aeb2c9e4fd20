/**
 * Checks across fields and records that the schema alone cannot make: what Neo4j cannot hold,
 * dates that cannot be true, and papers written twice. Run on records that passed the schema;
 * every error names file, line, column and field like the schema's own.
 *
 * - Names, titles and the other forms the linker and the indexes use are at most
 *   {@link MAX_NAME_CHARS} characters: Neo4j's range indexes refuse keys over ~8 KB (a long title
 *   failed the whole load), and the linker's pattern for a ~3,000-character name overflowed the stack.
 * - Dates are from {@link EARLIEST_YEAR} on and not after today (end dates and entry into force
 *   may be scheduled, up to {@link SCHEDULED_YEARS} years ahead); a signature or consent is not
 *   before the instrument was adopted or opened for signature.
 * - A paper is written once: the same DOI (DOIs ignore case), or the same title (differing at most
 *   in case, spacing or invisible characters) unless the year, the DOI or the authors tell the two
 *   works apart, is refused, naming both places.
 *
 * @example
 * const errors = plausibilityErrors(validated.nodes, validated.relations);
 */
import { RELATIONSHIP, RELATIONSHIP_TYPES, type RelationshipSpec } from '../model/vocabulary.ts';
import type { ValidationError, ValidNode, ValidRelation } from './validate.ts';
import { error, show } from './validate.ts';

export const MAX_NAME_CHARS = 1_000;
export const MAX_DOI_CHARS = 300;
export const EARLIEST_YEAR = 1600;
export const SCHEDULED_YEARS = 3;

/** Fields that name an entity: indexed (name) or compiled into the linker's pattern (all of them). */
const NAME_FIELDS = ['name', 'title', 'officialName', 'acronym', 'symbol', 'aliases', 'demonyms'];
const DATE_FIELDS = ['founded', 'adopted', 'openedForSignature', 'entryIntoForce', 'date', 'decided', 'since', 'until', 'consented', 'inForce'];
/** Dates that may lie ahead: a term that ends, a treaty that enters into force on a known day. */
const SCHEDULED_FIELDS = new Set(['until', 'entryIntoForce', 'inForce']);
/**
 * Relationship dates that cannot precede the instrument they concern: the start dates of the
 * legal types that point at an instrument alone (signature, consent to be bound), from the model.
 */
const ACTS_ON_INSTRUMENTS: Record<string, readonly string[]> = Object.fromEntries(
  RELATIONSHIP_TYPES.flatMap((t) => {
    const spec: RelationshipSpec = RELATIONSHIP[t];
    return spec.basis === 'legal' && spec.to.length === 1 && spec.to[0] === 'Instrument' ? [[t, spec.validFrom ?? []]] : [];
  }),
);

const isoToday = () => new Date().toISOString().slice(0, 10);

/** True when date a is certainly before date b (partial dates: 2001 is not before 2001-11-23). */
function before(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

function checkFields(raw: ValidNode['raw'], record: Record<string, unknown>, errors: ValidationError[]): void {
  const today = isoToday();
  const scheduledLimit = `${Number(today.slice(0, 4)) + SCHEDULED_YEARS}${today.slice(4)}`;
  for (const field of NAME_FIELDS) {
    const value = record[field];
    (Array.isArray(value) ? value : [value]).forEach((v, i) => {
      if (typeof v === 'string' && v.length > MAX_NAME_CHARS) {
        const at = Array.isArray(value) ? [field, i] : [field];
        errors.push(error(raw, at, `got ${show(v)} (${v.length.toLocaleString('en')} characters), expected at most ${MAX_NAME_CHARS.toLocaleString('en')} characters (names are indexed and linked; put long text in summary or note)`, `at most ${MAX_NAME_CHARS} characters`));
      }
    });
  }
  if (typeof record.doi === 'string' && record.doi.length > MAX_DOI_CHARS) {
    errors.push(error(raw, ['doi'], `got ${show(record.doi)} (${record.doi.length} characters), expected a DOI of at most ${MAX_DOI_CHARS} characters`, `at most ${MAX_DOI_CHARS} characters`));
  }
  for (const field of DATE_FIELDS) {
    const value = record[field];
    if (typeof value !== 'string') continue;
    const limit = SCHEDULED_FIELDS.has(field) ? scheduledLimit : today;
    if (Number(value.slice(0, 4)) < EARLIEST_YEAR) errors.push(error(raw, [field], `got ${show(value)}, expected a date from ${EARLIEST_YEAR} on`, `a date from ${EARLIEST_YEAR} on`));
    else if (before(limit, value)) {
      const expected = SCHEDULED_FIELDS.has(field) ? `a date at most ${SCHEDULED_YEARS} years ahead` : 'a date no later than today';
      errors.push(error(raw, [field], `got ${show(value)}, expected ${expected}`, expected));
    }
  }
  const year = record.year;
  if (typeof year === 'number' && year > Number(today.slice(0, 4)) + 1) errors.push(error(raw, ['year'], `got ${year}, expected a year no later than next year`, 'a year no later than next year'));
}

/** Title as a reader sees it: no invisible characters, spacing or case differences. */
export function titleKey(title: string): string {
  return title.normalize('NFKC').replace(/[\p{Cf}\u00ad]/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function checkDuplicatePapers(nodes: ValidNode[], errors: ValidationError[]): void {
  const byDoi = new Map<string, ValidNode>();
  const byTitle = new Map<string, ValidNode>();
  const where = (n: ValidNode) => `${n.record.id} at ${n.raw.file}:${n.raw.line}`;
  for (const node of nodes) {
    if (node.kind !== 'Paper') continue;
    const r = node.record as { doi?: string; title: string; year?: number; authors?: string[] };
    const doi = r.doi?.toLowerCase();
    const sameDoi = doi ? byDoi.get(doi) : undefined;
    if (sameDoi) {
      errors.push(error(node.raw, ['doi'], `the same DOI as ${where(sameDoi)}: a paper is written once (merge the two records)`, 'a DOI no other paper has'));
      continue;
    }
    if (doi) byDoi.set(doi, node);
    const key = titleKey(r.title);
    const sameTitle = byTitle.get(key);
    const other = sameTitle?.record as { doi?: string; year?: number; authors?: string[] } | undefined;
    // One title can name two works: told apart by the year, the DOI or authors in common.
    const authors = new Set((other?.authors ?? []).map(titleKey));
    const differentWorks =
      (other?.year !== undefined && r.year !== undefined && other.year !== r.year) ||
      (other?.doi && r.doi && other.doi.toLowerCase() !== doi) ||
      (authors.size > 0 && !!r.authors?.length && !r.authors.some((a) => authors.has(titleKey(a))));
    if (sameTitle && !differentWorks) {
      errors.push(error(node.raw, ['title'], `the same title as ${where(sameTitle)} (they differ at most in case, spacing or invisible characters): a paper is written once (merge the two records)`, 'a paper not already written'));
    } else if (!sameTitle) byTitle.set(key, node);
  }
}

function checkActsAfterInstruments(nodes: ValidNode[], relations: ValidRelation[], errors: ValidationError[]): void {
  const existed = new Map<string, { field: string; date: string }>();
  for (const { kind, record } of nodes) {
    if (kind !== 'Instrument') continue;
    const r = record as Record<string, unknown>;
    const dates = ['adopted', 'openedForSignature'].filter((f) => typeof r[f] === 'string').map((f) => ({ field: f, date: r[f] as string }));
    const first = dates.sort((a, b) => (before(a.date, b.date) ? -1 : 1))[0];
    if (first) existed.set(record.id, first);
  }
  for (const { record, raw } of relations) {
    const since = existed.get(record.to);
    if (!since) continue;
    for (const field of ACTS_ON_INSTRUMENTS[record.type] ?? []) {
      const value = (record as Record<string, unknown>)[field];
      if (typeof value === 'string' && before(value, since.date)) {
        const what = since.field === 'adopted' ? 'adopted' : 'opened for signature';
        errors.push(error(raw, [field], `got ${show(value)}, before ${record.to} was ${what} (${since.date})`, `a date from ${since.date} on`));
      }
    }
  }
}

export function plausibilityErrors(nodes: ValidNode[], relations: ValidRelation[]): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const { record, raw } of [...nodes, ...relations]) checkFields(raw, record as Record<string, unknown>, errors);
  checkDuplicatePapers(nodes, errors);
  checkActsAfterInstruments(nodes, relations, errors);
  return errors;
}
