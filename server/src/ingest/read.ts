/**
 * Reads the files of a data folder into raw records that remember where they came from, so
 * every later error can name file, line, column and field. Nothing here knows the model.
 *
 * Accepted: `.yaml`/`.yml` (a list of mappings) and `.csv` (a header row). UTF-8 only; a UTF-8
 * byte order mark is tolerated (spreadsheet exports add one), UTF-16/32 are refused with a
 * message saying how to fix them.
 *
 * @example
 * const { records, errors } = readDataFolder('data');
 * records[0].file; // 'states/states.csv'
 * records[0].locate(['iso3']); // { line: 2, column: 2 }
 */
import { closeSync, constants as fsConstants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { FOLDER_KIND, LIST_FIELDS, SourceSchema, type Kind } from '../model/index.ts';

export interface Location {
  line: number;
  column?: number;
}

export interface RawRecord {
  /** Path relative to the data folder, with `/`. */
  file: string;
  /** A node kind, or `relation` for files under relations/. */
  kind: Kind | 'relation';
  line: number;
  data: Record<string, unknown>;
  /** Where a field (path of keys and indexes) of this record is written. */
  locate(fieldPath: readonly PropertyKey[]): Location;
}

export interface ReadError {
  file: string;
  line?: number;
  column?: number;
  field?: string;
  message: string;
}

export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Lists the data files of a folder, in a stable order (README, schema/ and *.md are skipped).
 * Only plain files inside the folder are data: a named pipe would block the read forever and a
 * link to /dev/zero (or to a file elsewhere) would be read without end, so such entries are
 * reported as errors and never opened. Links are followed only to files and folders inside it.
 */
export function scanDataFolder(dataDir: string): { files: string[]; errors: ReadError[] } {
  const files: string[] = [];
  const errors: ReadError[] = [];
  const root = realpathSync(dataDir);
  const seen = new Set<string>([root]);
  const refuse = (full: string, why: string) => errors.push({ file: path.relative(dataDir, full).split(path.sep).join('/'), message: `${why}; data files must be plain files inside the data folder` });
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      const isData = /\.(ya?ml|csv)$/i.test(entry.name);
      let stats: Stats = lstatSync(full);
      if (stats.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(full);
        } catch {
          if (isData) refuse(full, 'a symbolic link to nothing');
          continue;
        }
        if (target !== root && !target.startsWith(root + path.sep)) {
          if (isData || statSync(target).isDirectory()) refuse(full, `a symbolic link to ${target}, outside the data folder`);
          continue;
        }
        stats = statSync(target);
      }
      if (stats.isDirectory()) {
        const real = realpathSync(full);
        if (entry.name !== 'schema' && !entry.name.startsWith('.') && !seen.has(real)) {
          seen.add(real);
          walk(full);
        }
      } else if (isData) {
        if (stats.isFile()) files.push(full);
        else refuse(full, `not a regular file (${stats.isFIFO() ? 'a named pipe' : stats.isSocket() ? 'a socket' : 'a device'})`);
      }
    }
  };
  walk(dataDir);
  return { files, errors };
}

/** True when `name` is a plain file directly in `dir`, within the size limit (no path, no link). */
export function isPlainFileIn(dir: string, name: string): boolean {
  if (name !== path.basename(name) || name.startsWith('.')) return false;
  try {
    const stats = lstatSync(path.join(dir, name));
    return stats.isFile() && stats.size <= DEFAULT_MAX_FILE_BYTES;
  } catch {
    return false;
  }
}

export function listDataFiles(dataDir: string): string[] {
  return scanDataFolder(dataDir).files;
}

export function kindOfFile(relative: string): Kind | 'relation' | undefined {
  const top = relative.split('/')[0] ?? '';
  if (top === 'relations') return 'relation';
  return FOLDER_KIND[top];
}

/** Reads every data file; errors are collected, never thrown. */
export function readDataFolder(dataDir: string, opts: { maxFileBytes?: number } = {}): { records: RawRecord[]; errors: ReadError[]; files: string[] } {
  const records: RawRecord[] = [];
  const { files, errors } = scanDataFolder(dataDir);
  for (const full of files) {
    const file = path.relative(dataDir, full).split(path.sep).join('/');
    const kind = kindOfFile(file);
    if (!kind) {
      errors.push({ file, message: `this folder is not a kind of data; put the file under one of: ${[...Object.keys(FOLDER_KIND), 'relations'].join(', ')}` });
      continue;
    }
    const result = readDataFile(full, file, kind, opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    // A loop, not push(...spread): a spread of 100,000+ records overflows the call stack.
    for (const r of result.records) records.push(r);
    for (const e of result.errors) errors.push(e);
  }
  return { records, errors, files };
}

/** Decodes a file as UTF-8 or explains why it is not. */
export function decodeUtf8(bytes: Buffer, file: string): { text?: string; error?: ReadError } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: { file, line: 1, message: 'the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8' } };
  }
  if (bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0xfe && bytes[3] === 0xff) {
    return { error: { file, line: 1, message: 'the file is UTF-32; save it as UTF-8' } };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    const nul = text.indexOf('\u0000');
    if (nul >= 0) return { error: { file, line: lineAt(text, nul), message: 'the file contains a NUL character: it is binary or not UTF-8 text' } };
    return { text };
  } catch {
    const offset = firstInvalidUtf8(body);
    const line = body.subarray(0, offset).toString('latin1').split('\n').length;
    return { error: { file, line, message: `the file is not valid UTF-8 (bad byte 0x${(body[offset] ?? 0).toString(16)} at byte ${offset}); save it as UTF-8` } };
  }
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Offset of the first byte that breaks UTF-8 (the file is known to be invalid). */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

export function readDataFile(full: string, file: string, kind: Kind | 'relation', maxFileBytes: number): { records: RawRecord[]; errors: ReadError[] } {
  const read = readBounded(full, file, maxFileBytes);
  if ('error' in read) return { records: [], errors: [read.error] };
  const { text, error } = decodeUtf8(read.bytes, file);
  if (error || text === undefined) return { records: [], errors: [error!] };
  return /\.csv$/i.test(file) ? readCsv(text, file, kind) : readYaml(text, file, kind);
}

/**
 * Reads at most maxFileBytes of a plain file. Opened without blocking and checked after opening,
 * so a file swapped for a pipe or a device after the folder was listed is refused, not read.
 */
function readBounded(full: string, file: string, maxFileBytes: number): { bytes: Buffer } | { error: ReadError } {
  const fd = openSync(full, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { error: { file, message: 'not a regular file; data files must be plain files inside the data folder' } };
    if (stats.size > maxFileBytes) {
      return { error: { file, message: `the file is ${(stats.size / 1048576).toFixed(1)} MiB, over the ${(maxFileBytes / 1048576).toFixed(0)} MiB limit; split it into several files in the same folder` } };
    }
    const bytes = Buffer.alloc(stats.size);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return { bytes: bytes.subarray(0, got) };
  } finally {
    closeSync(fd);
  }
}

function readYaml(text: string, file: string, kind: Kind | 'relation'): { records: RawRecord[]; errors: ReadError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const errors: ReadError[] = doc.errors.map((e) => ({
    file,
    line: e.linePos?.[0]?.line,
    column: e.linePos?.[0]?.col,
    message: `YAML syntax: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
  }));
  if (errors.length) return { records: [], errors };
  const pos = (node: YamlNode | null | undefined): Location => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    return { records: [], errors: [{ file, line: 1, message: 'the file is empty: expected a list of records (lines starting with "- ")' }] };
  }
  if (!isSeq(root)) {
    return { records: [], errors: [{ file, ...pos(root), message: 'expected a list of records (lines starting with "- "), found a single value or mapping' }] };
  }
  const records: RawRecord[] = [];
  root.items.forEach((item, index) => {
    const node = item as YamlNode;
    if (!isMap(node)) {
      errors.push({ file, ...pos(node), field: `[${index}]`, message: 'expected a record (a mapping of field: value)' });
      return;
    }
    const data = node.toJSON() as Record<string, unknown>;
    records.push({
      file,
      kind,
      line: pos(node).line,
      data,
      locate: (fieldPath) => pos(findYamlNode(node, fieldPath) ?? node),
    });
  });
  return { records, errors };
}

function findYamlNode(start: YamlNode, fieldPath: readonly PropertyKey[]): YamlNode | undefined {
  let node: YamlNode | undefined = start;
  for (const key of fieldPath) {
    if (isMap(node)) {
      const pair: { key: unknown; value: unknown } | undefined = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (!pair) return node;
      node = (pair.value as YamlNode | null) ?? (pair.key as YamlNode);
    } else if (isSeq(node) && typeof key === 'number') {
      const next = node.items[key] as YamlNode | undefined;
      if (!next) return node;
      node = next;
    } else return node;
  }
  return node;
}

/** CSV columns that hold one source (the fields of a source); they become `sources: [{ source, locator, quote, curation }]`. */
const SOURCE_COLUMNS = Object.keys(SourceSchema.shape);

function readCsv(text: string, file: string, kind: Kind | 'relation'): { records: RawRecord[]; errors: ReadError[] } {
  // An emptied file is far more often an accident (a failed export, a truncated save) than a wish
  // to remove everything it held, so it is an error; deleting the file says the latter.
  if (text.trim() === '') return { records: [], errors: [{ file, line: 1, message: 'the file is empty: expected a header row and records; delete the file to remove what it held' }] };
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  let header: string[] = [];
  try {
    rows = parseCsv(text, {
      columns: (h: string[]) => (header = h.map((c) => c.trim())),
      info: true,
      skip_empty_lines: true,
      trim: true,
    }) as typeof rows;
  } catch (err) {
    const e = err as { lines?: number; message: string };
    return { records: [], errors: [{ file, line: e.lines, message: `CSV syntax: ${e.message.replace(/^Invalid Record Length: /, '').split('\n')[0]}` }] };
  }
  const duplicate = header.find((h, i) => header.indexOf(h) !== i);
  if (duplicate) return { records: [], errors: [{ file, line: 1, message: `the header names column "${duplicate}" twice` }] };
  if (!rows.length) return { records: [], errors: [{ file, line: 2, message: 'the file has a header row but no records; delete the file to remove what it held' }] };
  const records = rows.map(({ record, info }) => {
    const data: Record<string, unknown> = {};
    for (const [col, value] of Object.entries(record)) {
      if (value === '' || SOURCE_COLUMNS.includes(col)) continue;
      data[col] = kind !== 'relation' && LIST_FIELDS[kind].has(col) ? value.split('|').map((s) => s.trim()).filter(Boolean) : value;
    }
    if (record.source !== undefined || record.locator !== undefined) {
      const source: Record<string, string> = {};
      for (const col of SOURCE_COLUMNS) if (record[col]) source[col] = record[col]!;
      data.sources = [source];
    }
    const line = info.lines;
    return {
      file,
      kind,
      line,
      data,
      locate: (fieldPath: readonly PropertyKey[]) => {
        const top = String(fieldPath[0] ?? '');
        const column = fieldPath[0] === 'sources' ? header.indexOf(String(fieldPath[2] ?? 'source')) : header.indexOf(top);
        return { line, column: column >= 0 ? column + 1 : undefined };
      },
    } satisfies RawRecord;
  });
  return { records, errors: [] };
}
