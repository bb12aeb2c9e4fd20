/**
 * The visible subgraph as JSON (full fidelity, re-importable) and as CSV (one edge list that
 * opens in a spreadsheet: one row per relationship with both ends' names and kinds, plus one row
 * per node without visible relationships so nothing on screen is lost).
 */
import type { EdgeData, Evidence, NodeData } from '../types.ts';

export interface ExportNode extends NodeData {
  x: number;
  y: number;
}

export interface Subset {
  nodes: ExportNode[];
  edges: EdgeData[];
}

export function toJson(s: Subset, meta: { view: string; exportedAt: string }): string {
  return JSON.stringify(
    {
      ...meta,
      nodes: s.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label, degree: n.degree, validFrom: n.validFrom, x: Math.round(n.x), y: Math.round(n.y) })),
      edges: s.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        stance: e.stance,
        validFrom: e.validFrom,
        validTo: e.validTo,
        properties: e.properties,
        evidence: e.evidence.map(({ sourceRef, url, locator, quote }) => ({ sourceRef, url, locator, quote })),
      })),
    },
    null,
    2,
  );
}

/**
 * One CSV field (RFC 4180). Cells that a spreadsheet would run as a formula (leading = + - @,
 * tab, CR) are prefixed with an apostrophe: exported quotes are third-party text.
 */
export function csvField(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: unknown[]): string {
  return cells.map(csvField).join(',');
}

export const CSV_COLUMNS = [
  'source',
  'source_name',
  'source_kind',
  'relationship',
  'stance',
  'target',
  'target_name',
  'target_kind',
  'valid_from',
  'valid_to',
  'evidence_sources',
  'evidence_locators',
  'evidence_quotes',
] as const;

function joinEv(ev: Evidence[], pick: (e: Evidence) => string | null): string {
  return ev.map((e) => pick(e) ?? '').join(' | ');
}

export function toCsv(s: Subset): string {
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  const linked = new Set<string>();
  const rows: string[] = [csvRow([...CSV_COLUMNS])];
  for (const e of s.edges) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    linked.add(e.source).add(e.target);
    rows.push(
      csvRow([
        e.source,
        a?.label ?? '',
        a?.kind ?? '',
        e.type,
        e.stance?.toLowerCase() ?? '',
        e.target,
        b?.label ?? '',
        b?.kind ?? '',
        e.validFrom ?? '',
        e.validTo ?? '',
        joinEv(e.evidence, (x) => x.url ?? x.sourceRef),
        joinEv(e.evidence, (x) => x.locator),
        joinEv(e.evidence, (x) => x.quote),
      ]),
    );
  }
  for (const n of s.nodes) {
    if (!linked.has(n.id)) rows.push(csvRow([n.id, n.label, n.kind, '', '', '', '', '', n.validFrom ?? '', '', '', '', '']));
  }
  // CRLF per RFC 4180, and a final line break so `wc -l` counts rows.
  return rows.join('\r\n') + '\r\n';
}
