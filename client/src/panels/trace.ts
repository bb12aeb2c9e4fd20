/**
 * Trace: pick two entities, get up to k ranked paths between them, drawn in the graph (the rest
 * faded) and listed as plain-language sentences with their evidence and any counter-evidence.
 * The trace can be exported as a Markdown memo with footnotes, and the GraphQL request that
 * reproduces it can be copied.
 */
import './trace.css';
import { fetchMemo, fetchPaths, type Path, type PathHop } from '../api/queries.ts';
import { h } from '../dom.ts';
import { saveBlob, fileStem } from '../export/download.ts';
import { hopElement, refElement } from '../graph/model.ts';
import type { EntityRef } from '../types.ts';
import type { TraceSpec } from '../state/url.ts';
import { entityButton, renderEvidence } from './evidence.ts';
import { traceRequest } from './memo.ts';
import { announce, busy, notify, reportError } from './notices.ts';
import { createPicker, missingEnds, type Picker } from './picker.ts';
import type { Ports } from './ports.ts';
import { follow } from '../state/store.ts';

/** How far a path can carry a legal answer (the API's `Path.basis`). */
const BASIS_TEXT: Record<string, string> = { LEGAL: 'legal basis', PRACTICE: 'practice, not a legal basis', CONTEXT: 'context, not a legal basis' };
const BASIS_TITLE: Record<string, string> = {
  LEGAL: 'Every step is a legal relationship: party, signatory, own position, membership, an instrument expressing the duty.',
  PRACTICE: 'Runs through an attribution statement: evidence of practice, never a position or a treaty basis.',
  CONTEXT: 'Runs through rivalry, scholarship, citations, rankings, cases or mentions: never a legal basis.',
};

export class TracePanel {
  private fromPicker: Picker;
  private toPicker: Picker;
  private first: HTMLSelectElement;
  private maxLength: HTMLSelectElement;
  private results: HTMLElement;
  private paths: Path[] = [];
  /** The trace listed (its `asOf` is the day it was asked as of). */
  private lastSpec: TraceSpec | null = null;
  /**
   * The answer of each trace drawn, by the spec object the store holds: Undo and Redo put a
   * recorded spec back, and the list must show that trace's paths, not the last one's.
   */
  private answers = new WeakMap<TraceSpec, Path[]>();

  constructor(
    private ports: Ports<'emit' | 'checkpoint' | 'setPanel' | 'focus' | 'setTrace' | 'drawTrace' | 'markTrace' | 'setTraceRunner', 'findEdge'>,
    private el: HTMLElement,
  ) {
    this.fromPicker = createPicker({ label: 'From (an actor or any entity)', short: 'From', placeholder: 'e.g. France' });
    this.toPicker = createPicker({ label: 'To (a norm or any entity)', short: 'To', placeholder: 'e.g. due diligence' });
    this.first = h('select', { id: 'trace-k' }, ...[1, 2, 3, 5, 10].map((k) => h('option', { value: k, selected: k === 3 }, String(k))));
    this.maxLength = h('select', { id: 'trace-len' }, ...[1, 2, 3, 4, 5].map((k) => h('option', { value: k, selected: k === 4 }, String(k))));
    this.results = h('div', { class: 'trace-results', 'aria-live': 'polite' });
    const form = h(
      'form',
      {
        class: 'trace-form',
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          void this.submit();
        },
      },
      this.fromPicker.box.root,
      this.toPicker.box.root,
      h('div', { class: 'row' }, h('label', { for: 'trace-k' }, 'Paths'), this.first, h('label', { for: 'trace-len' }, 'Max. steps'), this.maxLength),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'submit', class: 'primary', id: 'trace-run' }, 'Trace'),
        h('button', { type: 'button', onclick: () => this.clear() }, 'Clear'),
      ),
    );
    el.replaceChildren(
      h('h2', {}, 'Trace'),
      h(
        'p',
        { class: 'muted' },
        'How are two entities linked? Pick both ends; the best-sourced shortest paths are drawn and explained, each labelled legal basis, practice or context. Whether an actor is bound: see Standing.',
      ),
      form,
      this.results,
    );
    ports.ops.setTraceRunner((spec) => this.run(spec));
    // The list follows the store's trace (Undo, Redo, Clear), so it never lists paths the canvas
    // no longer draws. The canvas marks come back with the snapshot itself (graph/store.ts).
    follow(ports.view, (s) => s.trace, (trace) => this.showAnswerOf(trace));
  }

  /** Lists the recorded answer of `trace` and sets the form to it (nothing for no trace). */
  private showAnswerOf(trace: TraceSpec | null): void {
    if (trace === this.lastSpec) return;
    const paths = trace ? this.answers.get(trace) : undefined;
    this.paths = paths ?? [];
    this.lastSpec = paths ? trace : null;
    if (!paths || !trace) return void this.results.replaceChildren();
    this.first.value = String(trace.first);
    this.maxLength.value = String(trace.maxLength);
    const ends = paths[0]?.nodes;
    if (ends?.length) {
      this.fromPicker.set(ends[0]!);
      this.toPicker.set(ends[ends.length - 1]!);
    }
    if (paths.length) this.renderList(paths);
    else this.results.replaceChildren(this.noPath(trace));
  }

  private noPath(spec: TraceSpec): HTMLElement {
    return h(
      'p',
      { class: 'empty' },
      `No path of up to ${spec.maxLength} steps between ${this.from?.name ?? spec.from} and ${this.to?.name ?? spec.to}${spec.asOf ? ` as of ${spec.asOf}` : ''}. Try more steps, or clear the date.`,
    );
  }

  private get from(): EntityRef | null {
    return this.fromPicker.picked();
  }

  private get to(): EntityRef | null {
    return this.toPicker.picked();
  }

  setEnd(which: 'from' | 'to', e: EntityRef): void {
    (which === 'from' ? this.fromPicker : this.toPicker).set(e);
    this.ports.ops.setPanel('trace');
    announce(`Trace ${which}: ${e.name}.`);
  }

  private async submit(): Promise<void> {
    const text = missingEnds([this.fromPicker, this.toPicker]);
    if (text || !this.from || !this.to) {
      notify(text ?? '', 'warn', { key: 'trace-ends' });
      this.results.replaceChildren(h('p', { class: 'error-text', role: 'alert', id: 'trace-ends-msg' }, text ?? ''));
      (this.from ? this.toPicker : this.fromPicker).box.focus();
      return;
    }
    this.ports.ops.checkpoint(`trace ${this.from.name} → ${this.to.name}`);
    await this.run({ from: this.from.id, to: this.to.id, first: Number(this.first.value), maxLength: Number(this.maxLength.value) }).catch((err) => {
      this.results.replaceChildren(h('p', { class: 'error-text', role: 'alert' }, (err as Error).message));
      reportError(err, 'Tracing failed', () => void this.submit());
    });
  }

  /** Runs a trace (also when a shared link is reopened) and draws it. */
  async run(spec: TraceSpec): Promise<void> {
    // A reopened link asks as of the day the trace was drawn, not the view's later date.
    const asOf = spec.asOf !== undefined ? spec.asOf : this.ports.view.getState().time.asOf;
    spec = { ...spec, asOf };
    this.results.replaceChildren(h('p', { class: 'loading-text', role: 'status' }, 'Tracing…'));
    const paths = await busy('Tracing paths…', fetchPaths({ ...spec, asOf }));
    this.answers.set(spec, paths);
    this.ports.ops.setTrace(spec); // lists the answer (showAnswerOf)
    if (!paths.length) {
      this.ports.ops.emit('graph', undefined);
      return;
    }
    await this.draw(paths);
    this.highlight(null);
    announce(`${paths.length} path${paths.length > 1 ? 's' : ''} found.`);
    this.ports.ops.emit('graph', undefined);
  }

  private draw(paths: Path[]): Promise<void> {
    return this.ports.ops.drawTrace(
      paths.flatMap((p) => p.nodes.map((n) => refElement(n))),
      paths.flatMap((p) => p.hops.map(hopElement)),
    );
  }

  private hopEdgeId(hop: PathHop): string | null {
    const [s, t] = hop.forward ? [hop.from.id, hop.to.id] : [hop.to.id, hop.from.id];
    return this.ports.canvas.findEdge(hop.type, s, t);
  }

  /** All paths (index null) or one: path elements marked, everything else faded. */
  highlight(index: number | null): void {
    if (!this.paths.length) return this.ports.ops.markTrace([], []);
    const chosen = index === null ? this.paths : [this.paths[index]!];
    const primary: string[] = [];
    const secondary: string[] = [];
    chosen.forEach((p, i) => {
      primary.push(...p.nodes.map((n) => n.id));
      const edges = p.hops.map((hop) => this.hopEdgeId(hop)).filter((id): id is string => !!id);
      (index === null && i > 0 ? secondary : primary).push(...edges);
    });
    this.ports.ops.markTrace(primary, secondary);
    this.results.querySelectorAll('.path').forEach((li, i) => li.classList.toggle('active', index === i));
  }

  private renderList(paths: Path[]): void {
    const open = (id: string): void => void this.ports.ops.focus(id);
    const list = h(
      'ol',
      { class: 'paths' },
      ...paths.map((p, i) =>
        h(
          'li',
          { class: 'path', 'data-basis': p.basis },
          h(
            'div',
            { class: 'path-head' },
            h('button', { type: 'button', class: 'path-show', onclick: () => this.highlight(i) }, `Path ${i + 1}`),
            h(
              'span',
              { class: `badge basis-${String(p.basis).toLowerCase()}`, title: BASIS_TITLE[p.basis] },
              BASIS_TEXT[p.basis] ?? String(p.basis).toLowerCase(),
            ),
            h('span', { class: 'muted' }, `${p.length} step${p.length > 1 ? 's' : ''} · source weight ${p.weight.toFixed(2)}`),
            p.viaHub ? h('span', { class: 'badge', title: 'Passes through a hub (an entity with very many relationships): a weaker link.' }, 'via hub') : null,
            p.generated ? h('span', { class: 'badge', title: 'Uses a link derived automatically from text, not a curated fact.' }, 'generated link') : null,
          ),
          p.explanation ? h('p', { class: 'explanation' }, p.explanation) : null,
          h(
            'ol',
            { class: 'hops' },
            ...p.hops.map((hop) =>
              h(
                'li',
                { class: 'hop' },
                h('p', {}, hop.sentence),
                h('p', { class: 'hop-ends' }, entityButton(hop.from, open), ' → ', entityButton(hop.to, open)),
                h('details', { class: 'hop-evidence' }, h('summary', {}, `Evidence (${hop.evidence.length})`), renderEvidence(hop.evidence, open)),
                hop.counterEvidence.length
                  ? h(
                      'div',
                      { class: 'counter' },
                      h('h4', {}, `Counter-evidence (${hop.counterEvidence.length})`),
                      ...hop.counterEvidence.map((c) => h('div', { class: 'counter-item' }, h('p', {}, c.sentence), renderEvidence(c.evidence, open))),
                    )
                  : null,
              ),
            ),
          ),
        ),
      ),
    );
    const tools = h(
      'div',
      { class: 'row trace-tools' },
      h('button', { type: 'button', onclick: () => this.highlight(null) }, 'Show all paths'),
      h('button', { type: 'button', id: 'trace-memo', onclick: () => void this.exportMemo() }, 'Export memo (Markdown)'),
      h('button', { type: 'button', id: 'trace-copy', onclick: () => void this.copyQuery() }, 'Copy GraphQL query'),
    );
    this.results.replaceChildren(tools, list);
  }

  private async exportMemo(): Promise<void> {
    if (!this.lastSpec) return;
    const spec = this.lastSpec;
    let md: string;
    try {
      // The server's memo is the one memo (server/src/graphql/explain/memo.ts): a second renderer
      // here would drift from it (standing first, context labelled, the reproducing query).
      md = (await busy('Writing the memo…', fetchMemo({ ...spec, asOf: spec.asOf ?? null }))).markdown;
    } catch (err) {
      reportError(err, 'The memo could not be written', () => void this.exportMemo());
      return;
    }
    saveBlob(new Blob([md], { type: 'text/markdown;charset=utf-8' }), `${fileStem()}-trace.md`);
    notify('Memo saved as Markdown.', 'info', { key: 'memo' });
  }

  private async copyQuery(): Promise<void> {
    if (!this.lastSpec) return;
    const text = traceRequest(this.lastSpec, this.lastSpec.asOf ?? null);
    try {
      await navigator.clipboard.writeText(text);
      notify('GraphQL query copied to the clipboard.', 'info', { key: 'copy' });
    } catch {
      // Clipboard refused (permissions): show the text so it can be copied by hand.
      this.results.prepend(h('details', { open: true, class: 'query-text' }, h('summary', {}, 'GraphQL query'), h('pre', { tabindex: '0' }, text)));
    }
    this.results.dataset.query = text;
  }

  clear(): void {
    // The picked ends and the typed text go too, whether or not a trace was drawn.
    this.fromPicker.clear();
    this.toPicker.clear();
    if (!this.ports.view.getState().trace && !this.paths.length) {
      this.results.replaceChildren();
      return;
    }
    this.ports.ops.checkpoint('clear trace');
    this.ports.ops.setTrace(null); // the list empties with it (showAnswerOf)
    this.ports.ops.emit('graph', undefined);
  }
}
