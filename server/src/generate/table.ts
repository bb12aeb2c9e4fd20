/**
 * The in-memory form of a generated file: a header and rows of plain values, plus the CSV
 * rendering the reader (server/src/ingest/read.ts) accepts. CSV rather than YAML because a
 * million YAML records parse in minutes and CSV in seconds, and the benchmark is about loading,
 * not about parsing YAML.
 *
 * Large tables are split into chunks, each with its own header row, under two limits:
 * - 40 MB (below both the 50 MB we promise and the reader's 64 MiB per-file limit);
 * - 50,000 rows: readDataFolder collects a file's records with `records.push(...fileRecords)`,
 *   and a spread of more than about 120,000 arguments overflows the call stack
 *   ("Maximum call stack size exceeded", seen with a 100,000-paper file).
 *
 * @example
 * const t = table('relations/citations', ['type', 'from', 'to']);
 * t.rows.push({ type: TYPE_FOR.citation, from: 'paper:syn-000002', to: 'paper:syn-000001' });
 * renderTable(t); // [{ path: 'relations/citations.csv', content: 'type,from,to\n…', rows: 1 }]
 */

export type Cell = string | number | boolean | readonly string[] | null | undefined;
export type Row = Record<string, Cell>;

export interface Table {
  /** Path under the corpus folder, without extension: `relations/citations`. */
  name: string;
  header: readonly string[];
  rows: Row[];
}

export interface RenderedFile {
  path: string;
  content: string;
  rows: number;
}

export const DEFAULT_MAX_CHUNK_BYTES = 40 * 1024 * 1024;
export const DEFAULT_MAX_CHUNK_ROWS = 50_000;

/**
 * A table; one with a `source` column also gets `curation`, filled with `inferred` where a row
 * gives none: every synthetic fact is made by the generator's rules, not read in a source.
 */
export function table(name: string, header: readonly string[]): Table {
  return { name, header: header.includes('source') && !header.includes('curation') ? [...header, 'curation'] : header, rows: [] };
}

/** One CSV cell: lists joined with `|` (the reader's list separator), quoted where needed. */
export function csvCell(value: Cell): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join('|') : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Renders a table as one or more CSV files, none over `maxBytes` (UTF-8) or `maxRows` rows. */
export function renderTable(t: Table, maxBytes = DEFAULT_MAX_CHUNK_BYTES, maxRows = DEFAULT_MAX_CHUNK_ROWS): RenderedFile[] {
  const headerLine = `${t.header.join(',')}\n`;
  const chunks: { lines: string[]; bytes: number }[] = [];
  let current = { lines: [headerLine], bytes: Buffer.byteLength(headerLine) };
  for (const row of t.rows) {
    const line = `${t.header.map((h) => csvCell(h === 'curation' ? (row[h] ?? 'inferred') : row[h])).join(',')}\n`;
    const bytes = Buffer.byteLength(line);
    if ((current.bytes + bytes > maxBytes || current.lines.length > maxRows) && current.lines.length > 1) {
      chunks.push(current);
      current = { lines: [headerLine], bytes: Buffer.byteLength(headerLine) };
    }
    current.lines.push(line);
    current.bytes += bytes;
  }
  chunks.push(current);
  if (chunks.length === 1) return [{ path: `${t.name}.csv`, content: chunks[0]!.lines.join(''), rows: t.rows.length }];
  return chunks.map((c, i) => ({ path: `${t.name}-${String(i + 1).padStart(3, '0')}.csv`, content: c.lines.join(''), rows: c.lines.length - 1 }));
}
