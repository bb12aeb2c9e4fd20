/**
 * The ingest summary: a table of created / changed / removed / total per kind and relationship
 * type, what was repaired (differences made in Neo4j behind data/'s back), then the time taken
 * and rows per second.
 *
 * @example
 * formatSummary(result, false); // "Nodes\n  kind  created changed removed total\n  State ..."
 */
import type { IngestResult } from '../ingest/index.ts';
import type { ChangeCounts } from '../ingest/plan.ts';

function table(title: string, counts: ChangeCounts): string {
  const rows = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(title.length, ...rows.map(([k]) => k.length));
  const line = (k: string, c: string[]) => `  ${k.padEnd(width)}  ${c.map((x) => x.padStart(8)).join('')}`;
  return [line(title, ['created', 'changed', 'removed', 'total']), ...rows.map(([k, c]) => line(k, [c.created, c.changed, c.removed, c.total].map(String)))].join('\n');
}

/** The repairs a sync made (or would make), at most `limit` lines. */
export function formatRepairs(repairs: string[], planOnly: boolean, limit = 20): string {
  if (!repairs.length) return '';
  const lines = repairs.slice(0, limit).map((r) => `  ${r}`);
  if (repairs.length > limit) lines.push(`  ... and ${repairs.length - limit} more`);
  const verb = planOnly ? 'would repair' : 'Repaired';
  return `${planOnly ? 'The sync ' : ''}${verb} ${repairs.length} difference(s) between data/ and the graph, made in Neo4j directly rather than through data/:\n${lines.join('\n')}\n`;
}

export function formatSummary(result: IngestResult, planOnly: boolean): string {
  const seconds = result.ms / 1000;
  const head = planOnly
    ? `Plan (nothing written): ${result.rows} row change(s) against data version ${result.previousVersion ?? '(empty graph)'}.`
    : result.written && result.previousVersion === result.dataVersion
      ? `Repaired the graph: it holds data version ${result.dataVersion} again.`
      : result.written
      ? `Loaded data version ${result.dataVersion} (was ${result.previousVersion ?? 'empty'}).`
      : `Nothing to do: the graph already holds data version ${result.dataVersion}.`;
  const rate = result.written && seconds > 0 ? `, ${Math.round(result.rows / seconds).toLocaleString('en')} rows/s` : '';
  const repairs = (result.repairs.length ? `\n${formatRepairs(result.repairs, planOnly)}` : '') + (result.removalWarning ? `\n${result.removalWarning}\n` : '');
  return `\n${head}\n${repairs}\n${table('Entities', result.summary.nodes)}\n\n${table('Relationships', result.summary.rels)}\n\n${result.rows} row change(s) in ${seconds.toFixed(1)} s${rate}.\n`;
}
