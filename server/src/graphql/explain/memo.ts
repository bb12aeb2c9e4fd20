/**
 * Renders a trace (ranked paths between two entities) as a citable Markdown memo: a heading per
 * path with its explanation, one numbered sentence per hop with footnotes for every evidence item,
 * the counter-evidence under the hop it cuts against, the list of sources, and the GraphQL query
 * and variables that reproduce the trace against the same data version.
 *
 * Everything taken from the data is Markdown-escaped: a title with an asterisk or a quote with a
 * bracket cannot turn into formatting or a link.
 */
import type { Standing } from '../../law/index.ts';
import type { EntityRecord, EvidenceRecord } from '../model.ts';
import type { PathResult } from '../paths/find.ts';
import { label } from './labels.ts';

/** The query the memo's `query` field returns; it asks for everything the memo shows. */
export const MEMO_QUERY = `query Trace($from: ID!, $to: ID!, $maxLength: Int, $first: Int, $asOf: Date) {
  paths(from: $from, to: $to, maxLength: $maxLength, first: $first, asOf: $asOf) {
    length
    weight
    basis
    explanation
    hops {
      sentence
      type
      forward
      stance
      from { id name }
      to { id name }
      evidence { sourceRef url locator quote source { id name } }
      counterEvidence { sentence evidence { sourceRef url locator quote } }
    }
  }
}`;

export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/\r?\n/g, ' ');
}

export interface MemoInput {
  from: EntityRecord;
  to: EntityRecord;
  paths: PathResult[];
  /** Where `from` stands toward `to`, when the trace runs from an actor to a norm: stated first. */
  standing?: Standing | null;
  variables: Record<string, unknown>;
  maxLength: number;
  asOf: string | null;
  dataVersion: string | null;
  generatedAt: string;
  /** Entities named by evidence (source refs that are ids), already loaded. */
  sources: Map<string, EntityRecord>;
  /** url resolution as in the API's Evidence.url. */
  urlOf: (ev: EvidenceRecord) => string | null;
}

function sourceName(ref: string, sources: Map<string, EntityRecord>): string {
  const e = sources.get(ref);
  if (e) {
    if (e.kind === 'Paper') {
      const authors = Array.isArray(e.authorNames) && e.authorNames.length ? `${(e.authorNames as string[]).join('; ')}, ` : '';
      return `${authors}“${String(e.title ?? e.name)}”${e.year ? ` (${String(e.year)})` : ''}`;
    }
    return e.name;
  }
  try {
    return new URL(ref).hostname.replace(/^www\./, '');
  } catch {
    return ref;
  }
}

function basisLine(b: Standing['bases'][number]): string {
  const date = b.dateKnown ? '' : ' (date unknown or too coarse)';
  const curation = b.curation ? ` [${b.curation}]` : '';
  return `${escapeMarkdown(b.explanation)}${date}${curation}`;
}

export function renderMemo(input: MemoInput): string {
  const notes: string[] = [];
  const noteIndex = new Map<string, number>();
  const cite = (evidence: EvidenceRecord[]): string =>
    evidence
      .map((ev) => {
        const key = `${ev.sourceRef}\u0000${ev.locator ?? ''}\u0000${ev.quote ?? ''}`;
        let n = noteIndex.get(key);
        if (n === undefined) {
          const url = input.urlOf(ev);
          const text = [
            escapeMarkdown(sourceName(ev.sourceRef, input.sources)),
            ev.locator ? `, ${escapeMarkdown(ev.locator)}` : '',
            '.',
            ev.quote ? ` “${escapeMarkdown(ev.quote)}”` : '',
            url ? ` <${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>` : '',
          ].join('');
          notes.push(text);
          n = notes.length;
          noteIndex.set(key, n);
        }
        return `[^${n}]`;
      })
      .join('');

  const lines: string[] = [];
  lines.push(`# From ${escapeMarkdown(label(input.from))} to ${escapeMarkdown(label(input.to))}`, '');
  lines.push(
    `*Cyber Norms Atlas memo. Data version ${input.dataVersion ? `\`${input.dataVersion.replace(/`/g, '')}\`` : 'unknown'}; paths of up to ${input.maxLength} hops` +
      `${input.asOf ? `, graph as of ${input.asOf}` : ''}; generated ${input.generatedAt}.*`,
    '',
  );
  if (input.paths.length === 0) {
    lines.push(
      `No path of up to ${input.maxLength} hops connects ${escapeMarkdown(label(input.from))} and ${escapeMarkdown(label(input.to))} in the graph${input.asOf ? ` as of ${input.asOf}` : ''}.`,
      '',
    );
  }
  if (input.standing) {
    const s = input.standing;
    lines.push('## Standing', '', `**${escapeMarkdown(s.verdict)}** (${s.status.toLowerCase().replace(/_/g, ' ')}; rule \`${s.rule}\`)`, '');
    for (const b of s.bases) lines.push(`- ${basisLine(b)}${cite(b.evidence)}`);
    for (const b of s.counterEvidence) lines.push(`- *Against this:* ${basisLine(b)}${cite(b.evidence)}`);
    for (const l of s.limits) lines.push(`- *Limit:* ${escapeMarkdown(l)}`);
    lines.push('');
  }
  const legal = input.paths.filter((p) => p.basis !== 'context');
  const context = input.paths.filter((p) => p.basis === 'context');
  if (input.paths.length)
    lines.push(
      '## Legal bases',
      '',
      legal.length
        ? 'Paths made only of legal relationships (or of practice, where labelled so).'
        : 'None of the paths found is made only of legal relationships.',
      '',
    );
  let n = 0;
  const renderPath = (path: PathResult) => {
    n += 1;
    lines.push(`### ${n}. ${escapeMarkdown(path.explanation)}${path.basis === 'practice' ? ' (practice, not a position)' : ''}`, '');
    const weak = [
      path.viaHub ? 'passes through a hub' : '',
      path.generated ? 'relies on a machine-generated mention' : '',
      path.dateUncertain ? 'a date is unknown or too coarse for the day asked about' : '',
    ]
      .filter(Boolean)
      .join(' and ');
    lines.push(`Length ${path.length}, source weight ${path.weight}${weak ? ` (weak: ${weak})` : ''}.`, '');
    path.hops.forEach((hop, j) => {
      lines.push(`${j + 1}. ${escapeMarkdown(hop.sentence)}${cite(hop.evidence)}`);
      for (const c of hop.counterEvidence) lines.push(`   - *Against this:* ${escapeMarkdown(c.sentence)}${cite(c.evidence)}`);
    });
    lines.push('');
  };
  legal.forEach(renderPath);
  if (context.length) {
    lines.push(
      '## Context (not a legal basis)',
      '',
      'These paths pass through a rivalry, a paper, a citation, a case, a ranking or a mention: they explain a connection, they do not bind anyone.',
      '',
    );
    context.forEach(renderPath);
  }
  if (notes.length) {
    lines.push('## Sources', '');
    notes.forEach((text, i) => lines.push(`[^${i + 1}]: ${text}`));
    lines.push('');
  }
  lines.push('## Reproduce', '', 'Send this query to the Atlas GraphQL endpoint (`/graphql`) with these variables:', '');
  lines.push('```graphql', MEMO_QUERY, '```', '', '```json', JSON.stringify(input.variables, null, 2), '```', '');
  return lines.join('\n');
}
