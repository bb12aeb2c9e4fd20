/**
 * One cell of the positions matrix. Each kind reads differently, in text and not by colour alone:
 * an own stance (a button: activating it shows the evidence in the graph) with its curation badge;
 * an organisation's stance reached through membership, labelled "via" the organisation; a recorded
 * silence, "no public position", in its own style and with its source; and a blank "not
 * recorded" cell (text for screen readers), which is not the same thing as silence.
 */
import type { Position } from '../api/queries.ts';
import type { MatrixActor, MatrixRule } from '../api/matrix.ts';
import { h, safeUrl } from '../dom.ts';
import type { Cell } from './matrix-data.ts';

/** BINDING → "binding", PRINCIPLE_ONLY → "principle only". */
export const stanceText = (s: string | null | undefined): string => (s ? s.toLowerCase().replace(/_/g, ' ') : 'no stance');

const CURATION_TEXT: Record<string, [badge: string, meaning: string]> = {
  PRIMARY: ['P', "primary: read in the holder's own text"],
  SECONDARY: ['S', 'secondary: a reliable summary that names the holder'],
  INFERRED: ['I', 'inferred: derived by a rule the locator states'],
};

/** A small curation badge: a letter, with its meaning for the eye (title) and for screen readers. */
export function curationBadge(curation: string | null): HTMLElement {
  const [badge, meaning] = CURATION_TEXT[curation ?? ''] ?? ['?', 'curation not recorded'];
  return h(
    'span',
    { class: `cur cur-${(curation ?? 'none').toLowerCase()}`, title: meaning, 'data-curation': curation ?? '' },
    h('span', { 'aria-hidden': 'true' }, badge),
    h('span', { class: 'sr-only' }, ` (${meaning.split(':')[0]})`),
  );
}

const year = (d: string | null | undefined) => (d ? h('span', { class: 'cell-date' }, ` ${d.slice(0, 4)}`) : null);
const orgName = (o: { name: string; acronym?: string | null }) => o.acronym || o.name;

export interface CellActions {
  show(p: Position): void;
}

export function renderCell(holder: MatrixActor, rule: MatrixRule, c: Cell | undefined, hidden: boolean, act: CellActions): HTMLElement {
  const data = { 'data-holder': holder.id, 'data-duty': rule.id, 'data-kind': c?.kind ?? 'none', 'data-status': c?.status ?? 'NOT_RECORDED' };
  if (!c || c.kind === 'none') return h('td', { class: 'empty-cell', ...data }, h('span', { class: 'sr-only' }, 'not recorded'));
  if (hidden) return h('td', { class: 'empty-cell filtered-cell', ...data }, h('span', { class: 'sr-only' }, 'hidden by the curation filter'));
  const b = c.basis;
  const unknown = c.dateUnknown ? h('span', { class: 'cell-note' }, ' date unknown') : null;
  switch (c.kind) {
    case 'position': {
      const p = c.position;
      return h(
        'td',
        data,
        h(
          p ? 'button' : 'span',
          {
            ...(p ? { type: 'button', onclick: () => act.show(p) } : {}),
            class: `cell stance stance-${(c.stance ?? 'none').toLowerCase().replace(/_/g, '-')}`,
            'data-curation': c.curation ?? '',
            title: `${c.verdict}${b?.document ? ` (${b.document.name})` : ''}${p ? ' Show the evidence in the graph.' : ''}`,
          },
          h('span', { class: 'cell-head' }, stanceText(c.stance), curationBadge(c.curation)),
          year(b?.since),
          unknown,
          b?.document ? h('span', { class: 'cell-doc' }, b.document.name) : null,
        ),
      );
    }
    case 'via':
      return h(
        'td',
        data,
        h(
          'span',
          { class: `cell-via stance-${(c.stance ?? 'none').toLowerCase().replace(/_/g, '-')}`, 'data-curation': c.curation ?? '', title: c.verdict },
          h('span', { class: 'cell-head' }, `via ${b?.via ? orgName(b.via) : 'an organisation'}: ${stanceText(c.stance)}`, curationBadge(c.curation)),
          h('span', { class: 'cell-note' }, `the organisation's position, not ${holder.name}'s own`),
          unknown,
        ),
      );
    case 'silence': {
      const ev = b?.evidence.find((e) => e.url) ?? b?.evidence[0];
      return h(
        'td',
        { class: 'silence-cell', ...data },
        h(
          'span',
          { class: 'cell-silence', 'data-curation': c.curation ?? '', title: c.verdict },
          h('span', { class: 'cell-head' }, 'no public position', curationBadge(c.curation)),
          year(b?.since),
          ev && safeUrl(ev.url) ? h('a', { class: 'cell-source', href: safeUrl(ev.url), target: '_blank', rel: 'noopener noreferrer', title: ev.locator ?? '' }, 'source') : null,
        ),
      );
    }
    default:
      // Bound by a treaty in force that expresses the rule, or practice only: the verdict says which.
      return h(
        'td',
        data,
        h(
          'span',
          { class: `cell-other cell-${c.kind}`, 'data-curation': c.curation ?? '', title: c.verdict },
          h('span', { class: 'cell-head' }, c.kind === 'treaty' ? `by treaty${b?.via ? `: ${b.via.name}` : ''}` : 'practice only', curationBadge(c.curation)),
          unknown,
        ),
      );
  }
}
