/**
 * Writes prepared rows as input files for Neo4j's bulk importer (neo4j-admin database import
 * full, run by the launcher: server/neo4j/.../BulkImport.java), plus the manifest of importer
 * arguments that matches this writer's format.
 *
 * The format: one header file and one data file per entity kind and per relationship type;
 * every string quoted ("" escapes a quote; fields may span lines), lists joined by U+001F (a
 * control character no curated text uses), numbers as double (what neo4j-driver sends for a
 * JavaScript number, so the stored type is the one the normal load gives), null as an empty
 * unquoted field (no property, as SET n = props gives). Stored degrees (degrees.ts), when given,
 * are four more node columns, their counts `long[]` as Cypher's count() gives.
 *
 * What CSV cannot say, and how the rows still come out equal to the normal load's:
 * - an empty list: the importer stores no property for it; such values are returned as
 *   {@link Fixups}, written after the import through Bolt (bulk.ts).
 * - a list holding one empty string (a source without a quote: `ev_quotes: ['']`): written as one
 *   blank and imported with --trim-strings, which makes it ''. Trimming therefore must change no
 *   other value: any string with leading or trailing whitespace (Java's trim: chars up to U+0020)
 *   goes to the fix-ups too, as does a list element containing the list delimiter and a value
 *   whose type differs from its column's.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { StoredDegrees } from './degrees.ts';
import type { NodeRow, Props, RelRow } from './normalize.ts';

const ARRAY_DELIMITER = '\u001f';
/** Rows per write call: keeps the string being built small (memory bounded by this, not by the corpus). */
const CHUNK_ROWS = 2_000;

type Column = 'string' | 'double' | 'boolean' | 'string[]' | 'long[]';
/** A property as written: a row's props, or a stored degree list (integers: `long[]`). */
type Value = Props[string] | number[];
type Values = Record<string, Value>;

export interface Fixups {
  nodes: { id: string; props: Values }[];
  rels: { key: string; type: string; from: string; to: string; props: Values }[];
}

export interface ImportFiles {
  manifest: string;
  fixups: Fixups;
  /** Files written (header and data), for the report and for cleaning up. */
  files: string[];
}

export interface ImportFileOptions {
  /** The importer's worker threads and off-heap memory (the machine is shared). */
  threads?: number;
  /** Stored degrees per entity id (degrees.ts `degreesOf`), written as four more node columns. */
  degrees?: Map<string, StoredDegrees>;
  maxOffHeapMb?: number;
}

function columnOf(value: Value): Column | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.length && value.every((v) => typeof v === 'number') ? 'long[]' : 'string[]';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/** Java's String.trim(): strips every char up to U+0020 at both ends. */
const survivesTrim = (s: string) => s === '' || (s.charCodeAt(0) > 0x20 && s.charCodeAt(s.length - 1) > 0x20);

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The field for a value in a column, or undefined when CSV cannot carry it (a fix-up). */
function field(value: Value, column: Column): string | undefined {
  if (value === null) return '';
  if (Array.isArray(value) && value.length === 0) return undefined;
  if (columnOf(value) !== column) return undefined;
  if (column === 'long[]') return (value as number[]).every(Number.isSafeInteger) ? quote((value as number[]).join(ARRAY_DELIMITER)) : undefined;
  if (Array.isArray(value)) {
    if (value.length === 1 && value[0] === '') return '" "';
    if (value.some((v) => typeof v !== 'string' || v.includes(ARRAY_DELIMITER) || !survivesTrim(v))) return undefined;
    return quote(value.join(ARRAY_DELIMITER));
  }
  if (typeof value === 'string') return survivesTrim(value) ? quote(value) : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return String(value);
}

/**
 * Property columns of a group of rows: every key, typed by its first non-null value (an empty
 * list says nothing of its elements: a later non-empty list types the column), sorted.
 */
function columnsOf(rows: { props: Values }[]): [string, Column][] {
  const columns = new Map<string, Column>();
  const untyped = new Set<string>();
  for (const { props } of rows) {
    for (const [k, v] of Object.entries(props)) {
      const c = columnOf(v);
      if (!c || (columns.has(k) && !untyped.has(k))) continue;
      const empty = Array.isArray(v) && v.length === 0;
      if (empty && columns.has(k)) continue;
      columns.set(k, c);
      if (empty) untyped.add(k);
      else untyped.delete(k);
    }
  }
  return [...columns].sort(([a], [b]) => a.localeCompare(b));
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** An id, key or type the importer must see exactly (quoted, never trimmed away). */
function exact(what: string, value: string): string {
  if (!survivesTrim(value) || value.includes(ARRAY_DELIMITER)) throw new Error(`bulk import: ${what} ${JSON.stringify(value)} has surrounding whitespace or a control character`);
  return quote(value);
}

interface Group<R> {
  name: string;
  rows: R[];
  /** The leading fields (ids, labels or type) and their header. */
  lead: { header: string[]; fields: (row: R) => string[] };
  /** Records what one row could not say in CSV. */
  fixup: (row: R, props: Values) => void;
}

function writeGroup<R extends { props: Values }>(dir: string, group: Group<R>): string[] {
  const columns = columnsOf(group.rows);
  const header = path.join(dir, `${group.name}-header.csv`);
  const data = path.join(dir, `${group.name}.csv`);
  const headerFd = openSync(header, 'w');
  writeSync(headerFd, `${[...group.lead.header, ...columns.map(([k, c]) => `${k}:${c}`)].join(',')}\n`);
  closeSync(headerFd);
  const fd = openSync(data, 'w');
  try {
    for (let i = 0; i < group.rows.length; i += CHUNK_ROWS) {
      let text = '';
      for (const row of group.rows.slice(i, i + CHUNK_ROWS)) {
        const missing: Values = {};
        const fields = columns.map(([k, c]) => {
          const value = row.props[k] ?? null;
          const f = field(value, c);
          if (f !== undefined) return f;
          missing[k] = value;
          return '';
        });
        if (Object.keys(missing).length) group.fixup(row, missing);
        text += `${[...group.lead.fields(row), ...fields].join(',')}\n`;
      }
      writeSync(fd, text);
    }
  } finally {
    closeSync(fd);
  }
  return [header, data];
}

/**
 * Writes the importer's input for these rows into `dir` (created) and returns the manifest's
 * path and the fix-ups. Labels: Entity and the kind, as the normal load gives.
 */
export function writeImportFiles(dir: string, rows: { nodes: NodeRow[]; rels: RelRow[] }, opts: ImportFileOptions = {}): ImportFiles {
  mkdirSync(dir, { recursive: true });
  const fixups: Fixups = { nodes: [], rels: [] };
  const files: string[] = [];
  const args: string[] = [];
  let n = 0;
  for (const [kind, nodes] of groupBy(rows.nodes, (r) => r.kind)) {
    exact('kind', kind);
    const labels = quote(`Entity${ARRAY_DELIMITER}${kind}`);
    const { degrees } = opts;
    const written = writeGroup<{ id: string; props: Values }>(dir, {
      name: `nodes-${n++}`,
      rows: degrees ? nodes.map((r) => ({ id: r.id, props: { ...r.props, ...degrees.get(r.id) } })) : nodes,
      lead: { header: [':ID', ':LABEL'], fields: (r) => [exact('id', r.id), labels] },
      fixup: (r, props) => fixups.nodes.push({ id: r.id, props }),
    });
    files.push(...written);
    args.push(`--nodes=${written.join(',')}`);
  }
  let m = 0;
  for (const rels of groupBy(rows.rels, (r) => r.type).values()) {
    const written = writeGroup(dir, {
      name: `rels-${m++}`,
      rows: rels,
      lead: { header: [':START_ID', ':END_ID', ':TYPE'], fields: (r) => [exact('id', r.from), exact('id', r.to), exact('type', r.type)] },
      fixup: (r, props) => fixups.rels.push({ key: r.key, type: r.type, from: r.from, to: r.to, props }),
    });
    files.push(...written);
    args.push(`--relationships=${written.join(',')}`);
  }
  args.push(
    '--id-type=string',
    '--array-delimiter=U+001F',
    '--multiline-fields=true',
    '--trim-strings=true',
    // Ids are unique and every relationship's ends exist (validate.ts): any bad entry is a bug, so stop.
    '--bad-tolerance=0',
    `--threads=${opts.threads ?? 2}`,
    `--max-off-heap-memory=${opts.maxOffHeapMb ?? 1024}m`,
  );
  const manifest = path.join(dir, 'import.args');
  const fd = openSync(manifest, 'w');
  writeSync(fd, `${args.join('\n')}\n`);
  closeSync(fd);
  files.push(manifest);
  return { manifest, fixups, files };
}
