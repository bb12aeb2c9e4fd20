/**
 * The incident panel (issue 14), shown inside the inspector when the selected node is an
 * Incident: who attributed it, when, in which statement (with its link), with what confidence
 * wording, invoking which norms; denials marked as denials; then the responses (sanctions,
 * indictments, expulsions, joint statements) that answer it. The invoked norms are the
 * attributing state's practice, not its position on the rule, and the panel says so.
 */
import './incident.css';
import { fetchIncidentFile, type IncidentAttribution, type IncidentFile, type IncidentResponse, type StatementRef } from '../api/incident.ts';
import { extLink, h, type Child } from '../dom.ts';
import type { EntityRef } from '../types.ts';
import { entityButton, renderEvidence, type OpenEntity } from './evidence.ts';
import { reportError } from './notices.ts';
import type { Ports } from './ports.ts';

const TYPE_LABEL: Record<string, string> = {
  attribution: 'Attribution',
  denial: 'Denial',
  contested: 'Contested',
};

const RESPONSE_LABEL: Record<string, string> = {
  sanction: 'Sanction',
  indictment: 'Indictment',
  expulsion: 'Expulsion',
  'joint-statement': 'Joint statement',
};

const label = (map: Record<string, string>, v: string | null): string => (v ? (map[v] ?? v.replace(/-/g, ' ')) : '');

/** Entities as buttons, joined with commas. */
function refs(list: EntityRef[], open: OpenEntity): Child[] {
  return list.flatMap((e, i) => (i ? [', ', entityButton(e, open)] : [entityButton(e, open)]));
}

/** A statement or act: its name as a button into the graph, and its own link when it has one. */
function statement(s: StatementRef, open: OpenEntity): Child[] {
  return [entityButton(s, open), s.url ? ' · ' : null, s.url ? extLink(s.url, 'read the statement') : null];
}

export class IncidentPanel {
  private cache = new Map<string, IncidentFile>();

  constructor(private ports: Ports<'focus'>) {}

  private open: OpenEntity = (id) => void this.ports.ops.focus(id);

  /**
   * The section for an incident (null for any other kind). It loads itself: the inspector shows
   * the incident's own fields at once and this section fills in when its query answers.
   */
  section(entity: { id: string; kind: string }): HTMLElement | null {
    if (entity.kind !== 'Incident') return null;
    const root = h(
      'section',
      { id: 'incident-panel', class: 'incident-panel', 'aria-labelledby': 'incident-h', 'aria-busy': 'true' },
      h('h3', { id: 'incident-h' }, 'Attributions and responses'),
    );
    const body = h('div', { 'aria-live': 'polite' }, h('p', { class: 'loading-text', role: 'status' }, 'Loading attributions…'));
    root.append(body);
    void this.load(entity.id, root, body);
    return root;
  }

  private async load(id: string, root: HTMLElement, body: HTMLElement): Promise<void> {
    try {
      let file = this.cache.get(id);
      if (!file) {
        file = await fetchIncidentFile(id);
        this.cache.set(id, file);
        if (this.cache.size > 30) this.cache.delete(this.cache.keys().next().value!);
      }
      body.replaceChildren(...this.render(file));
    } catch (err) {
      body.replaceChildren(h('p', { class: 'error-text', role: 'alert' }, `Could not load the attributions: ${(err as Error).message}`));
      reportError(err, 'Loading attributions failed');
    } finally {
      root.setAttribute('aria-busy', 'false');
    }
  }

  private render(f: IncidentFile): HTMLElement[] {
    const more = (shown: number, total: number): HTMLElement | null => (total > shown ? h('p', { class: 'muted' }, `${shown} of ${total} shown.`) : null);
    return [
      h(
        'section',
        { id: 'incident-attributions' },
        h('h4', {}, `Attributions and denials (${f.attributionCount})`),
        f.attributions.length
          ? h('ol', { class: 'attribution-list' }, ...f.attributions.map((a) => this.attribution(a)))
          : h('p', { class: 'muted' }, 'No public attribution in the data.'),
        more(f.attributions.length, f.attributionCount),
      ),
      h(
        'section',
        { id: 'incident-responses' },
        h('h4', {}, `Responses (${f.responses.length})`),
        f.responses.length
          ? h('ol', { class: 'response-list' }, ...f.responses.map((r) => this.response(r)))
          : h('p', { class: 'muted' }, 'No response recorded in the data.'),
        more(f.responses.length, f.responseCount),
      ),
    ].filter((x): x is HTMLElement => x !== null);
  }

  private attribution(a: IncidentAttribution): HTMLElement {
    const type = a.attributionType ?? 'attribution';
    const denial = type === 'denial';
    const row = (term: string, ...dd: Child[]): Child[] => [h('dt', {}, term), h('dd', {}, ...dd)];
    return h(
      'li',
      { class: `attribution attribution-${type}`, 'data-id': a.id, 'data-type': type },
      h(
        'p',
        { class: 'attribution-head' },
        h('span', { class: `badge type-${type}` }, label(TYPE_LABEL, type)),
        ' ',
        h('strong', {}, a.date ?? 'date unknown'),
        ' · ',
        ...refs(a.by, this.open),
      ),
      h(
        'dl',
        { class: 'props' },
        // A denial names nobody; an attribution with no one named says so rather than showing nothing.
        ...(denial ? [] : row('Attributed to', ...(a.to.length ? refs(a.to, this.open) : ['no state or agency named']))),
        ...(a.confidence ? row('Confidence', h('q', { class: 'confidence' }, a.confidence)) : []),
        ...(a.statement ? row('Statement', ...statement(a.statement, this.open)) : []),
        ...(a.invokes.length
          ? row(
              'Invokes',
              h('span', { class: 'invokes' }, ...refs(a.invokes, this.open)),
              h('span', { class: 'badge practice', title: 'Invoking a rule in an attribution is practice, not a position on the rule.' }, 'practice'),
            )
          : []),
      ),
      h('details', { class: 'attribution-evidence' }, h('summary', {}, `Evidence (${a.sources.length})`), renderEvidence(a.sources, this.open)),
    );
  }

  private response(r: IncidentResponse): HTMLElement {
    return h(
      'li',
      { class: 'response', 'data-id': r.id, 'data-type': r.responseType ?? '' },
      h(
        'p',
        { class: 'response-head' },
        h('span', { class: 'badge' }, label(RESPONSE_LABEL, r.responseType) || 'Response'),
        ' ',
        h('strong', {}, r.date ?? 'date unknown'),
        ' · ',
        entityButton(r, this.open),
      ),
      h(
        'p',
        { class: 'response-meta' },
        r.by.length ? h('span', {}, 'by ', ...refs(r.by, this.open)) : null,
        r.targets.length ? h('span', {}, 'targets ', ...refs(r.targets, this.open)) : null,
        r.document ? h('span', {}, 'in ', ...statement(r.document, this.open)) : null,
      ),
      r.summary ? h('p', { class: 'response-summary' }, r.summary) : null,
    );
  }
}
