/**
 * The visible graph as a list, for screen-reader and keyboard users (and anyone who prefers
 * text): nodes grouped by kind, each with its visible relationships written out as sentences.
 * Activating an entry selects it in the graph, so the inspector and every action apply.
 */
import './listview.css';
import type { EdgeSingular } from 'cytoscape';
import { debounce, h } from '../dom.ts';
import { KINDS, stanceLabel, typeLabel } from '../types.ts';
import { kindSwatch } from './legend.ts';
import type { Ports } from './ports.ts';
import { follow } from '../state/store.ts';

const MAX_NODES = 400;

export class ListView {
  constructor(
    private ports: Ports<'on' | 'select', 'visibleNodes' | 'edges'>,
    private el: HTMLElement,
  ) {
    const { ops } = ports;
    const later = debounce(() => this.render(), 150);
    ops.on('graph', later);
    follow(
      ports.view,
      (s) => s.panel,
      (p) => p === 'list' && this.render(),
    );
    follow(
      ports.view,
      (s) => s.selected,
      (id) => this.el.querySelectorAll('[aria-current]').forEach((b) => b.toggleAttribute('aria-current', b.getAttribute('data-id') === id)),
    );
  }

  render(): void {
    const { view, canvas, ops } = this.ports;
    const { panel, selected } = view.getState();
    if (panel !== 'list') return;
    const nodes = canvas.visibleNodes();
    const groups = KINDS.map(
      (k) => [k, nodes.filter((n) => n.data('kind') === k).sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))))] as const,
    ).filter(([, ns]) => ns.length);
    let budget = MAX_NODES;
    const focused = this.el.contains(document.activeElement) ? document.activeElement?.getAttribute('data-id') : null;
    this.el.replaceChildren(
      h('h2', {}, 'List of the visible graph'),
      h(
        'p',
        { class: 'muted' },
        `${nodes.length} nodes and ${canvas.edges().filter((e) => e.visible()).length} relationships shown. Activate a name to select it.`,
      ),
      ...groups.map(([kind, ns]) => {
        const shown = ns.slice(0, Math.max(0, budget));
        budget -= shown.length;
        return h(
          'section',
          { class: 'list-group' },
          h('h3', {}, kindSwatch(kind), `${kind} (${ns.length})`),
          h(
            'ul',
            {},
            ...shown.map((n) => {
              const rels = n
                .connectedEdges()
                .filter((e) => e.visible())
                .map((x) => {
                  const e = x as EdgeSingular;
                  const out = e.source().id() === n.id();
                  const other = out ? e.target() : e.source();
                  const st = e.data('stance') ? ` (${stanceLabel(e.data('stance'))})` : '';
                  return h(
                    'li',
                    {},
                    h(
                      'button',
                      { type: 'button', class: 'linklike', 'data-id': e.id(), onclick: () => ops.select(e.id(), true) },
                      out ? `${typeLabel(e.data('type'))}${st} → ${other.data('label')}` : `← ${typeLabel(e.data('type'))}${st} by ${other.data('label')}`,
                    ),
                  );
                });
              return h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'linklike node-entry',
                    'data-id': n.id(),
                    'aria-current': selected === n.id() ? 'true' : null,
                    onclick: () => ops.select(n.id(), true),
                  },
                  n.data('label'),
                ),
                rels.length ? h('ul', { class: 'rels', 'aria-label': `Relationships of ${n.data('label')}` }, ...rels) : null,
              );
            }),
          ),
          shown.length < ns.length ? h('p', { class: 'muted' }, `${ns.length - shown.length} more not listed; filter the graph to list them.`) : null,
        );
      }),
    );
    if (focused) (this.el.querySelector(`[data-id="${CSS.escape(focused)}"]`) as HTMLElement | null)?.focus();
  }
}
