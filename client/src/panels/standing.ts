/**
 * Standing: where an actor (a state or an organisation) stands toward a norm (a duty or a
 * treaty) on a day, as the API decides it from legal bases only (issue 11). The verdict comes
 * first, in one sentence; then each legal basis with its evidence (source, locator, quote and
 * how directly the source shows it); then what cuts against it; then the paths that link the two
 * through anything else, under a heading that says they are context, not a legal basis.
 */
import './standing.css';
import { fetchStanding, type ContextPath, type LegalBasis, type Standing } from '../api/standing.ts';
import { h } from '../dom.ts';
import { isDay } from '../state/url.ts';
import { CURATION, entityButton, renderEvidence, type OpenEntity } from './evidence.ts';
import { announce, busy, reportError } from './notices.ts';
import { createPicker, missingEnds, type Picker } from './picker.ts';
import type { Ports } from './ports.ts';
import { follow } from '../state/store.ts';

const STATUS_LABEL: Record<string, string> = {
  PARTY: 'Party',
  CONTRACTING_STATE: 'Consent given, not yet in force',
  SIGNATORY: 'Signatory only',
  DENOUNCED: 'Denounced',
  NOT_BOUND: 'Not bound',
  NOT_A_TREATY: 'Not a treaty',
  HOLDS_BINDING: 'Holds it binding',
  HOLDS_VOLUNTARY: 'Holds it voluntary',
  UNSETTLED: 'Holds it unsettled',
  CONTESTED: 'Contests it',
  PRINCIPLE_ONLY: 'A principle only',
  BOUND_BY_TREATY: 'Bound by a treaty',
  VIA_ORGANISATION: 'Only through an organisation',
  PRACTICE_ONLY: 'Practice only',
  NO_PUBLIC_POSITION: 'No public position',
  NOT_RECORDED: 'Not recorded',
  DATE_UNKNOWN: 'Date unknown',
};

const BASIS_LABEL: Record<string, string> = {
  PARTY: 'Party to the treaty',
  CONSENT_NOT_YET_IN_FORCE: 'Consent given, treaty not yet in force for it',
  SIGNATURE: 'Signature (no consent to be bound)',
  DENUNCIATION: 'Denunciation',
  OWN_POSITION: 'Its own position',
  SUPERSEDED_POSITION: 'An earlier position, superseded',
  TREATY: 'A treaty in force for it that expresses the duty',
  ORGANISATION_POSITION: 'An organisation’s position (the organisation’s, not its own)',
  PRACTICE: 'Practice (invoked in an attribution statement)',
  NO_PUBLIC_POSITION: 'No public position (recorded silence)',
};

const label = (map: Record<string, string>, v: string): string => map[v] ?? v.toLowerCase().replace(/_/g, ' ');

export class StandingPanel {
  private actor: Picker;
  private norm: Picker;
  private date: HTMLInputElement;
  private results: HTMLElement;
  private ctrl: AbortController | null = null;

  constructor(
    private ports: Ports<'focus'>,
    el: HTMLElement,
  ) {
    this.actor = createPicker({ label: 'Actor (a state or an organisation)', short: 'Actor', placeholder: 'e.g. Kenya', kinds: ['State', 'Organisation'] });
    this.norm = createPicker({ label: 'Norm (a duty or a treaty)', short: 'Norm', placeholder: 'e.g. due diligence', kinds: ['Duty', 'Instrument'] });
    this.date = h('input', { id: 'standing-date', type: 'date', min: '1900-01-01' });
    this.results = h('div', { id: 'standing-results', class: 'standing-results', 'aria-live': 'polite' });
    const form = h(
      'form',
      {
        class: 'trace-form',
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          void this.submit();
        },
      },
      this.actor.box.root,
      this.norm.box.root,
      h('div', { class: 'row' }, h('label', { for: 'standing-date' }, 'As of'), this.date, h('span', { class: 'muted' }, 'empty: today')),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'submit', class: 'primary', id: 'standing-run' }, 'Show standing'),
        h('button', { type: 'button', id: 'standing-clear', onclick: () => this.clear() }, 'Clear'),
      ),
    );
    el.replaceChildren(
      h('h2', {}, 'Standing'),
      h(
        'p',
        { class: 'muted' },
        'Where does an actor stand toward a norm on a day? Only legal bases count: treaties, its own positions, and its organisations’ positions (labelled as theirs).',
      ),
      form,
      this.results,
    );
    // The graph's "as of" day is the natural default when the panel opens.
    follow(
      ports.view,
      (s) => s.panel,
      (p) => {
        const { asOf } = ports.view.getState().time;
        if (p === 'standing' && !this.date.value && asOf) this.date.value = asOf;
      },
    );
  }

  private async submit(): Promise<void> {
    const missing = missingEnds([this.actor, this.norm]);
    const actor = this.actor.picked();
    const norm = this.norm.picked();
    if (missing || !actor || !norm) {
      this.results.replaceChildren(h('p', { class: 'error-text', role: 'alert', id: 'standing-ends-msg' }, missing ?? ''));
      return;
    }
    const asOf = this.date.value || null;
    if (asOf && !isDay(asOf)) {
      this.results.replaceChildren(
        h('p', { class: 'error-text', role: 'alert' }, `“${asOf}” is not a day: use YYYY-MM-DD, or leave the date empty for today.`),
      );
      return;
    }
    this.ctrl?.abort();
    this.ctrl = new AbortController();
    this.results.replaceChildren(h('p', { class: 'loading-text', role: 'status' }, 'Working out the standing…'));
    try {
      const { standing, context } = await busy(
        'Working out the standing…',
        fetchStanding({ actor: actor.id, norm: norm.id, asOf }, { signal: this.ctrl.signal }),
      );
      this.render(standing, context);
    } catch (err) {
      this.results.replaceChildren(h('p', { class: 'error-text', role: 'alert' }, (err as Error).message));
      reportError(err, 'Standing failed', () => void this.submit());
    }
  }

  private render(s: Standing, context: ContextPath[]): void {
    const open: OpenEntity = (id) => void this.ports.ops.focus(id);
    const parts: (HTMLElement | null)[] = [
      h('p', { class: 'verdict', id: 'standing-verdict' }, s.verdict),
      h(
        'p',
        { class: 'standing-status' },
        h('span', { class: `badge status-${s.status.toLowerCase()}`, 'data-status': s.status }, label(STATUS_LABEL, s.status)),
        ` as of ${s.asOf} · `,
        entityButton(s.actor, open),
        ' → ',
        entityButton(s.norm, open),
      ),
      this.section('standing-bases', `Legal bases (${s.bases.length})`, s.bases, open, 'No legal basis in the data.'),
      s.counterEvidence.length ? this.section('standing-counter', `Counter-evidence (${s.counterEvidence.length})`, s.counterEvidence, open) : null,
      this.contextSection(context),
      s.limits.length
        ? h('section', { id: 'standing-limits' }, h('h3', {}, 'Limits of this answer'), h('ul', {}, ...s.limits.map((l) => h('li', {}, l))))
        : null,
    ];
    this.results.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
    // Spoken, not a notice: the verdict is already the first thing in the panel.
    announce(s.verdict);
  }

  private section(id: string, title: string, bases: LegalBasis[], open: OpenEntity, empty?: string): HTMLElement {
    return h(
      'section',
      { id, class: 'bases' },
      h('h3', {}, title),
      bases.length ? h('ol', { class: 'basis-list' }, ...bases.map((b) => this.basis(b, open))) : h('p', { class: 'muted' }, empty ?? ''),
    );
  }

  private basis(b: LegalBasis, open: OpenEntity): HTMLElement {
    const when = b.since || b.until ? `${b.since ?? '…'} – ${b.until ?? 'now'}` : null;
    return h(
      'li',
      { class: 'basis', 'data-kind': b.kind },
      h('h4', {}, label(BASIS_LABEL, b.kind)),
      h('p', {}, b.explanation),
      h(
        'p',
        { class: 'basis-meta' },
        when ? h('span', {}, when) : null,
        b.dateKnown
          ? null
          : h('span', { class: 'badge', title: 'The date is missing or too coarse to place before or after the day asked about.' }, 'date unknown'),
        b.provision ? h('span', {}, b.provision) : null,
        b.via ? h('span', {}, 'via ', entityButton(b.via, open)) : null,
        b.document ? h('span', {}, 'in ', entityButton(b.document, open)) : null,
        b.curation ? h('span', { class: 'curation' }, label(CURATION, b.curation)) : null,
      ),
      h('details', { class: 'basis-evidence', open: true }, h('summary', {}, `Evidence (${b.evidence.length})`), renderEvidence(b.evidence, open)),
    );
  }

  private contextSection(paths: ContextPath[]): HTMLElement {
    return h(
      'section',
      { id: 'standing-context', class: 'context' },
      h('h3', {}, `Context, not a legal basis (${paths.length})`),
      h(
        'p',
        { class: 'muted' },
        'Links through rivalry, studies, mentions, citations, rankings, cases or attributions (practice). Shown for orientation; they never count toward the standing.',
      ),
      paths.length
        ? h(
            'ul',
            { class: 'context-paths' },
            ...paths.map((p) =>
              h('li', { 'data-basis': p.basis }, p.basis === 'PRACTICE' ? h('span', { class: 'badge' }, 'practice') : null, ' ', p.explanation),
            ),
          )
        : h('p', { class: 'muted' }, 'None found.'),
    );
  }

  clear(): void {
    this.ctrl?.abort();
    this.actor.clear();
    this.norm.clear();
    this.date.value = '';
    this.results.replaceChildren();
  }
}
