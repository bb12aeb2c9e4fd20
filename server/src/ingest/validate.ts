/**
 * Validates raw records against the model and against each other: schema per kind and
 * relationship type, duplicate ids, references to ids that do not exist, kinds a relationship
 * type may not connect, duplicate relationships. All errors are collected; nothing is thrown.
 *
 * Every error names file, line (and column where the format has one), field, the bad value
 * and what was expected: `relations/positions.yaml:12:5 stance: got "mandatory", expected one of binding|voluntary|unsettled|contested`.
 *
 * @example
 * const { nodes, relations, errors } = validateRecords(readDataFolder('data').records);
 * errors.map(formatError);
 */
import path from 'node:path';
import type { z } from 'zod';
import { CURATED_TYPES, kindOfId, NODE_SCHEMAS, RELATION_SCHEMAS, RELATIONSHIP, RELATIONSHIP_TYPES, relationRule, type CuratedType, type Kind, type NodeRecord, type RelationRecord, type RelationshipSpec } from '../model/index.ts';
import { isPlainFileIn, type RawRecord, type ReadError } from './read.ts';

export interface ValidationError {
  file: string;
  line?: number;
  column?: number;
  /** Dotted path of the field, e.g. `sources[0].locator`. */
  field?: string;
  /** The bad value, as JSON (absent when the field is missing). */
  value?: string;
  /** What was expected, in words. */
  expected?: string;
  message: string;
}

export interface ValidNode {
  kind: Kind;
  record: NodeRecord;
  raw: RawRecord;
}

export interface ValidRelation {
  record: RelationRecord;
  key: string;
  raw: RawRecord;
}

export function formatError(e: ValidationError): string {
  const where = [e.file, e.line, e.column].filter((x) => x !== undefined).join(':');
  return `${where}${e.field ? ` ${e.field}` : ''}: ${e.message}`;
}

function fieldName(p: readonly PropertyKey[]): string {
  return p.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

function valueAt(data: unknown, p: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of p) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

export function show(value: unknown): string {
  const s = JSON.stringify(value);
  return s === undefined ? String(value) : s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

const TYPE_WORDS: Record<string, string> = {
  array: 'a list (in YAML: [a, b], or lines starting with "- ")',
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping of field: value',
};

/** Turns one zod issue into our error shape with the location of the offending field. */
function issueToError(raw: RawRecord, issue: z.core.$ZodIssue): ValidationError {
  const fieldPath = issue.path as PropertyKey[];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const at = raw.locate([...fieldPath, key]);
    return { file: raw.file, ...at, field: fieldName([...fieldPath, key]), message: `unknown field "${issue.keys.join('", "')}" (check the spelling against data/README.md)`, expected: 'a known field' };
  }
  const value = valueAt(raw.data, fieldPath);
  const at = raw.locate(fieldPath);
  let expected: string;
  if (issue.code === 'invalid_value') expected = `one of ${issue.values.map(String).join('|')}`;
  else if (issue.code === 'invalid_type') expected = TYPE_WORDS[issue.expected] ?? issue.expected;
  else if (issue.code === 'too_small' && Array.isArray(value)) expected = issue.message;
  else if (issue.code === 'invalid_union') expected = 'a valid value';
  else expected = issue.message;
  const message = value === undefined ? `missing (required); expected ${expected}` : `got ${show(value)}, expected ${expected}`;
  return { file: raw.file, ...at, field: fieldName(fieldPath), value: value === undefined ? undefined : show(value), expected, message };
}

export function error(raw: RawRecord, fieldPath: PropertyKey[], message: string, expected?: string): ValidationError {
  const value = valueAt(raw.data, fieldPath);
  return { file: raw.file, ...raw.locate(fieldPath), field: fieldName(fieldPath), value: value === undefined ? undefined : show(value), expected, message };
}

/** The identity of a relationship: same key = same relationship (a duplicate if written twice). */
export function relationKey(r: { type: string; from: string; to: string } & Record<string, unknown>): string {
  const rule = relationRule(r.type);
  const disc = rule?.discriminator ? r[rule.discriminator] : undefined;
  return [r.type, r.from, r.to, disc ?? ''].join('|');
}

export interface ValidateOptions {
  /** Folder of the seed texts (seeds/ of the data folder); a Document's `file` must name a plain file there. */
  seedsDir?: string;
}

export function validateRecords(records: RawRecord[], readErrors: ReadError[] = [], opts: ValidateOptions = {}): { nodes: ValidNode[]; relations: ValidRelation[]; errors: ValidationError[] } {
  const errors: ValidationError[] = readErrors.map((e) => ({ ...e }));
  const nodes: ValidNode[] = [];
  const relations: ValidRelation[] = [];
  const firstSeen = new Map<string, RawRecord>();

  for (const raw of records) {
    if (raw.kind === 'relation') {
      const type = raw.data.type;
      if (typeof type !== 'string' || !(CURATED_TYPES as string[]).includes(type)) {
        const known = CURATED_TYPES.join('|');
        const derived = typeof type === 'string' && (RELATIONSHIP_TYPES as string[]).includes(type) ? ` (${type} is made by ingestion, never written by hand)` : '';
        errors.push(error(raw, ['type'], type === undefined ? `missing; expected one of ${known}` : `got ${show(type)}${derived}, expected one of ${known}`, `one of ${known}`));
        continue;
      }
      const parsed = RELATION_SCHEMAS[type as CuratedType].safeParse(raw.data);
      if (!parsed.success) errors.push(...parsed.error.issues.map((i) => issueToError(raw, i)));
      else relations.push({ record: parsed.data as RelationRecord, key: relationKey(parsed.data as never), raw });
      continue;
    }
    const parsed = NODE_SCHEMAS[raw.kind].safeParse(raw.data);
    if (!parsed.success) {
      errors.push(...parsed.error.issues.map((i) => issueToError(raw, i)));
      continue;
    }
    const record = parsed.data as NodeRecord;
    const idKind = kindOfId(record.id);
    if (idKind !== raw.kind) {
      errors.push(error(raw, ['id'], `got ${show(record.id)}, expected an id of kind ${raw.kind} in this folder`, `a ${raw.kind} id`));
      continue;
    }
    const earlier = firstSeen.get(record.id);
    if (earlier) {
      errors.push(error(raw, ['id'], `duplicate id ${show(record.id)}: already defined at ${earlier.file}:${earlier.line}`, 'a unique id'));
      continue;
    }
    firstSeen.set(record.id, raw);
    nodes.push({ kind: raw.kind, record, raw });
  }

  const known = new Map(nodes.map((n) => [n.record.id, n.kind] as const));

  const checkRef = (raw: RawRecord, fieldPath: PropertyKey[], id: unknown, kinds?: Kind[]) => {
    if (typeof id !== 'string' || /^https?:\/\//.test(id)) return;
    const kind = known.get(id);
    if (!kind) errors.push(error(raw, fieldPath, `unknown id ${show(id)}: no record defines it`, 'the id of an existing record'));
    else if (kinds && !kinds.includes(kind)) errors.push(error(raw, fieldPath, `${show(id)} is a ${kind}, expected ${kinds.join(' or ')}`, kinds.join(' or ')));
  };
  const checkSources = (raw: RawRecord, sources: { source: string }[]) =>
    sources.forEach((s, i) => checkRef(raw, ['sources', i, 'source'], s.source));

  for (const { record, raw, kind } of nodes) {
    checkSources(raw, record.sources);
    const r = record as Record<string, unknown>;
    if (kind === 'Organisation') checkRef(raw, ['parent'], r.parent, ['Organisation']);
    if (kind === 'Instrument') checkRef(raw, ['adoptedBy'], r.adoptedBy, ['Organisation']);
    // Fields from which ingestion derives relationships must name entities of the right kinds.
    for (const spec of Object.values(RELATIONSHIP) as RelationshipSpec[]) {
      if (spec.derive?.kind !== kind) continue;
      const ends = spec.derive.fieldEnd === 'from' ? spec.from : spec.to;
      const value = r[spec.derive.field];
      (Array.isArray(value) ? value : [value]).forEach((id, i) => checkRef(raw, Array.isArray(value) ? [spec.derive!.field, i] : [spec.derive!.field], id, [...ends]));
    }
    if (kind === 'Document') {
      if (typeof r.file === 'string' && opts.seedsDir && !isPlainFileIn(opts.seedsDir, r.file)) {
        errors.push(error(raw, ['file'], `seed file ${show(r.file)} not found in ${path.basename(opts.seedsDir)}/ of the data folder`, 'the name of a file in seeds/ of the data folder'));
      }
    }
  }

  const seenKeys = new Map<string, RawRecord>();
  for (const { record, raw, key } of relations) {
    const rule: RelationshipSpec = RELATIONSHIP[record.type];
    checkRef(raw, ['from'], record.from, [...rule.from]);
    checkRef(raw, ['to'], record.to, [...rule.to]);
    if (record.from === record.to) errors.push(error(raw, ['to'], `a relationship from ${show(record.from)} to itself`, 'another entity'));
    checkSources(raw, record.sources);
    const r = record as Record<string, unknown>;
    for (const field of rule.refs ?? []) checkRef(raw, [field], r[field], field === 'document' ? ['Document'] : undefined);
    for (const [a, b] of [['since', 'until'], ['consented', 'until'], ['inForce', 'until']] as const) {
      if (typeof r[a] === 'string' && typeof r[b] === 'string' && (r[b] as string) < (r[a] as string)) {
        errors.push(error(raw, [b], `${b} ${show(r[b])} is before ${a} ${show(r[a])}`, `a date after ${a}`));
      }
    }
    const earlier = seenKeys.get(key);
    if (earlier) errors.push(error(raw, ['type'], `duplicate relationship ${record.type} ${record.from} → ${record.to}: already written at ${earlier.file}:${earlier.line}`, 'each relationship once'));
    else seenKeys.set(key, raw);
  }
  return { nodes, relations, errors };
}
