/**
 * A trace as text: the GraphQL request that reproduces it (to copy), and a Markdown memo with
 * numbered footnotes, used when the API's own `memo` is unavailable so an export never fails.
 * Pure functions, unit-tested.
 */
import { PATHS, type Path } from '../api/queries.ts';
import type { Evidence } from '../types.ts';
import type { TraceSpec } from '../state/url.ts';

export function traceVariables(spec: TraceSpec, asOf: string | null): Record<string, unknown> {
  return { from: spec.from, to: spec.to, maxLength: spec.maxLength, first: spec.first, asOf };
}

/** The exact operation the explorer ran, with its variables, ready to paste into GraphiQL or curl. */
export function traceRequest(spec: TraceSpec, asOf: string | null): string {
  return `${PATHS}\n\n# variables\n${JSON.stringify(traceVariables(spec, asOf), null, 2)}\n`;
}

function evidenceNote(e: Evidence): string {
  const where = e.source ? `${e.source.name} (${e.source.id})` : e.sourceRef;
  const parts = [where];
  if (e.locator) parts.push(e.locator);
  if (e.quote) parts.push(`“${e.quote}”`);
  if (e.url) parts.push(`<${e.url}>`);
  return parts.join(', ');
}

/** Markdown memo: one section per path, each hop a sentence with footnotes to its sources. */
export function memoMarkdown(spec: TraceSpec, asOf: string | null, paths: Path[], names: { from: string; to: string }, now = new Date()): string {
  const notes: string[] = [];
  const noteIndex = new Map<string, number>();
  const cite = (evs: Evidence[]): string =>
    evs
      .map((e) => {
        const text = evidenceNote(e);
        let n = noteIndex.get(text);
        if (!n) {
          notes.push(text);
          n = notes.length;
          noteIndex.set(text, n);
        }
        return `[^${n}]`;
      })
      .join('');
  const out: string[] = [];
  out.push(`# How ${names.from} relates to ${names.to}`, '');
  out.push(
    `Trace from \`${spec.from}\` to \`${spec.to}\`, up to ${spec.maxLength} steps, ${spec.first} best path${spec.first > 1 ? 's' : ''}${asOf ? `, as of ${asOf}` : ''}. Produced by the Cyber Norms Atlas on ${now.toISOString().slice(0, 10)}.`,
    '',
  );
  if (!paths.length) out.push('No path was found within these limits.', '');
  paths.forEach((p, i) => {
    // Context is never presented as a finding: the heading says what the path can carry.
    const basis = p.basis === 'LEGAL' ? 'legal basis' : p.basis === 'PRACTICE' ? 'practice, not a legal basis' : 'context, not a legal basis';
    out.push(`## Path ${i + 1} (${basis}): ${p.length} step${p.length > 1 ? 's' : ''} (source weight ${p.weight.toFixed(2)})`, '');
    if (p.explanation) out.push(p.explanation, '');
    p.hops.forEach((hop, j) => {
      out.push(`${j + 1}. ${hop.sentence}${cite(hop.evidence)}`);
      for (const c of hop.counterEvidence) out.push(`   - Counter-evidence: ${c.sentence}${cite(c.evidence)}`);
    });
    out.push('');
  });
  if (notes.length) {
    out.push('## Sources', '');
    notes.forEach((n, i) => out.push(`[^${i + 1}]: ${n}`));
    out.push('');
  }
  return out.join('\n');
}
