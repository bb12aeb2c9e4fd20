/**
 * The legend (kinds by shape and colour; stances by colour, pattern and arrow; the highlight
 * marks), drawn from the same tables as the canvas so it cannot drift from it.
 */
import './legend.css';
import { h } from '../dom.ts';
import { swatchSvg } from '../export/shapes.ts';
import { GENERATED_EDGE, HIGHLIGHT, KIND_STYLE, PLAIN_EDGE, STANCE_STYLE, type EdgeLook } from '../graph/style.ts';
import { asStance, KINDS, stancesOf, type Kind, type Stance } from '../types.ts';

/** An inline shape swatch for a kind (decorative: the kind's name is always written next to it). */
export function kindSwatch(kind: Kind): HTMLElement {
  const s = KIND_STYLE[kind] ?? KIND_STYLE.State;
  const span = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  span.innerHTML = swatchSvg(s.shape, s.color, s.border); // trusted: numbers and palette constants only
  return span;
}

/** A short line sample for an edge look. */
export function lineSwatch(look: EdgeLook): HTMLElement {
  const dash =
    look.line === 'dotted'
      ? `stroke-dasharray="2 3" stroke-linecap="round"`
      : look.line === 'dashed'
        ? `stroke-dasharray="${(look.dash ?? [6, 4]).map((d) => d / 2).join(' ')}"`
        : '';
  const arrow =
    look.arrow === 'tee'
      ? `<line x1="33" y1="3" x2="33" y2="11" stroke="${look.color}" stroke-width="2"/>`
      : look.arrow === 'circle'
        ? `<circle cx="31" cy="7" r="3" fill="${look.color}"/>`
        : `<polygon points="34,7 27,3 27,11" fill="${look.color}"/>`;
  const span = h('span', { class: 'swatch line', 'aria-hidden': 'true' });
  span.innerHTML = `<svg width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false"><line x1="1" y1="7" x2="28" y2="7" stroke="${look.color}" stroke-width="${Math.min(look.width, 3.5)}" ${dash}/>${arrow}</svg>`;
  return span;
}

const POSITION_STANCES: Stance[] = stancesOf('position').map(asStance);
const PAPER_STANCES: Stance[] = stancesOf('paper').map(asStance);

function markSwatch(color: string): HTMLElement {
  const span = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  span.innerHTML = `<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false"><circle cx="7" cy="7" r="6" fill="${color}" opacity="0.6"/><circle cx="7" cy="7" r="3" fill="#fff" stroke="#333"/></svg>`;
  return span;
}

export function renderLegend(container: HTMLElement): void {
  const kinds = h('ul', { class: 'legend-list' }, ...KINDS.map((k) => h('li', {}, kindSwatch(k), k)));
  const positions = h('ul', { class: 'legend-list' }, ...POSITION_STANCES.map((s) => h('li', {}, lineSwatch(STANCE_STYLE[s]), STANCE_STYLE[s].meaning)));
  const papers = h(
    'ul',
    { class: 'legend-list' },
    ...PAPER_STANCES.map((s) => h('li', {}, lineSwatch(STANCE_STYLE[s]), STANCE_STYLE[s].meaning)),
    h('li', {}, lineSwatch(PLAIN_EDGE), 'other relationship'),
    h('li', {}, lineSwatch(GENERATED_EDGE), 'generated link (authorship, mention)'),
  );
  const marks = h(
    'ul',
    { class: 'legend-list' },
    h('li', {}, markSwatch(HIGHLIGHT.focus), 'selected / found'),
    h('li', {}, markSwatch(HIGHLIGHT.trace), 'on a traced path'),
    h('li', {}, markSwatch(HIGHLIGHT.added), 'began between the compared dates'),
    h('li', {}, markSwatch(HIGHLIGHT.removed), 'ended between the compared dates'),
    h('li', {}, h('span', { class: 'swatch mark-text', 'aria-hidden': 'true' }, '◎'), 'double border: more neighbours than shown'),
    h('li', {}, h('span', { class: 'swatch mark-text', 'aria-hidden': 'true' }, '▣'), 'outlined: pinned'),
  );
  const details = h(
    'details',
    { class: 'legend' },
    h('summary', {}, 'Legend'),
    h(
      'div',
      { class: 'legend-body' },
      h('h3', {}, 'Kinds'),
      kinds,
      h('h3', {}, 'Positions of states'),
      positions,
      h('h3', {}, 'Papers and citations'),
      papers,
      h('h3', {}, 'Marks'),
      marks,
    ),
  );
  container.replaceChildren(details);
  // Folded by default (open, it covered a quarter of the canvas); one click opens it, and the
  // browser remembers the choice for the next visit.
  details.open = legendRemembered();
  details.addEventListener('toggle', () => rememberLegend(details.open));
}

const LEGEND_KEY = 'atlas.legend.open';

function legendRemembered(): boolean {
  try {
    return localStorage.getItem(LEGEND_KEY) === '1';
  } catch {
    return false; // storage refused (private mode, a sandbox): folded, as by default
  }
}

function rememberLegend(open: boolean): void {
  try {
    localStorage.setItem(LEGEND_KEY, open ? '1' : '0');
  } catch {
    // Not remembered: the legend still opens and closes.
  }
}
