/**
 * Filters by kind, relationship type and stance, each with the number of loaded elements it
 * covers. Only values present in the loaded graph are listed (plus any switched off), so the
 * panel stays short; the counts are of loaded elements, not only visible ones, so a user sees
 * what switching a box back on would bring.
 */
import './filters.css';
import { h } from '../dom.ts';
import { edgeLook } from '../graph/style.ts';
import { countBuckets, NO_STANCE, type Filters } from '../graph/visibility.ts';
import { KINDS, REL_TYPES, STANCES, isStance, stanceLabel, typeLabel, type EdgeData, type Kind, type NodeData } from '../types.ts';
import { kindSwatch, lineSwatch } from './legend.ts';
import type { Ports } from './ports.ts';

export class FiltersPanel {
  constructor(
    private ports: Ports<'on' | 'setFilters' | 'setHideOrphans' | 'unhideAll', 'nodes' | 'edges' | 'visibleNodes' | 'hideOrphans'>,
    private el: HTMLElement,
  ) {
    ports.ops.on('graph', () => this.render());
    this.render();
  }

  private update(mut: (f: Filters) => void): void {
    const f = this.ports.view.getState().filters;
    const next: Filters = { kinds: new Set(f.kinds), types: new Set(f.types), stances: new Set(f.stances) };
    mut(next);
    this.ports.ops.setFilters(next);
  }

  private group<T extends string>(
    legend: string,
    name: string,
    values: T[],
    off: Set<T>,
    counts: Map<string, number>,
    label: (v: T) => string,
    swatch: (v: T) => HTMLElement | null,
  ): HTMLElement {
    const shown = values.filter((v) => (counts.get(v) ?? 0) > 0 || off.has(v));
    return h(
      'fieldset',
      { class: 'filter-group' },
      h('legend', {}, legend),
      shown.length
        ? h(
            'ul',
            {},
            ...shown.map((v) => {
              const id = `f-${name}-${v}`;
              return h(
                'li',
                {},
                h('input', {
                  type: 'checkbox',
                  id,
                  checked: !off.has(v),
                  'data-filter': name,
                  'data-value': v,
                  onchange: (ev: Event) =>
                    this.update((f) => {
                      const set = (name === 'kind' ? f.kinds : name === 'type' ? f.types : f.stances) as Set<string>;
                      if ((ev.target as HTMLInputElement).checked) set.delete(v);
                      else set.add(v);
                    }),
                }),
                h(
                  'label',
                  { for: id },
                  swatch(v),
                  label(v),
                  h('span', { class: 'count', 'aria-label': `${counts.get(v) ?? 0} loaded` }, String(counts.get(v) ?? 0)),
                ),
              );
            }),
          )
        : h('p', { class: 'muted' }, 'Nothing loaded yet.'),
      shown.length > 1
        ? h(
            'div',
            { class: 'row small' },
            h(
              'button',
              {
                type: 'button',
                id: `f-${name}-all`,
                onclick: () => this.update((f) => shown.forEach((v) => (name === 'kind' ? f.kinds : name === 'type' ? f.types : f.stances).delete(v as Kind))),
              },
              'All',
            ),
            h(
              'button',
              {
                type: 'button',
                id: `f-${name}-none`,
                onclick: () =>
                  this.update((f) => shown.forEach((v) => ((name === 'kind' ? f.kinds : name === 'type' ? f.types : f.stances) as Set<string>).add(v))),
              },
              'None',
            ),
          )
        : null,
    );
  }

  render(): void {
    // Re-rendering replaces the checkboxes: keep keyboard focus on the one the user was on.
    const focused = this.el.contains(document.activeElement) ? document.activeElement?.id : undefined;
    this.draw();
    if (focused) document.getElementById(focused)?.focus();
  }

  private draw(): void {
    const { canvas, ops, view } = this.ports;
    const { filters: f, shown } = view.getState();
    const counts = countBuckets(
      canvas.nodes().map((n) => n.data() as NodeData),
      canvas.edges().map((e) => e.data() as EdgeData),
    );
    const extraTypes = [...counts.types.keys()].filter((t) => !(REL_TYPES as readonly string[]).includes(t));
    const stances = [...STANCES, NO_STANCE];
    const visible = canvas.visibleNodes().length;
    const hiddenCount = shown.hidden.length;
    const active = f.kinds.size + f.types.size + f.stances.size;
    this.el.replaceChildren(
      h('h2', {}, 'Filters'),
      h(
        'p',
        { class: 'muted', 'aria-live': 'polite' },
        `${visible} of ${canvas.nodes().length} nodes shown${active ? `, ${active} filter${active > 1 ? 's' : ''} on` : ''}.`,
      ),
      this.group(
        'Kinds',
        'kind',
        [...KINDS],
        f.kinds,
        counts.kinds,
        (k) => k,
        (k) => kindSwatch(k),
      ),
      this.group(
        'Relationship types',
        'type',
        [...REL_TYPES, ...extraTypes],
        f.types,
        counts.types,
        (t) => typeLabel(t),
        () => null,
      ),
      this.group(
        'Stances',
        'stance',
        stances,
        f.stances,
        counts.stances,
        (s) => (s === NO_STANCE ? 'no stance' : stanceLabel(s)),
        (s) => lineSwatch(edgeLook('X', isStance(s) ? s : null)),
      ),
      h(
        'fieldset',
        { class: 'filter-group' },
        h('legend', {}, 'Tidy up'),
        h(
          'label',
          {},
          h('input', {
            type: 'checkbox',
            checked: canvas.hideOrphans(),
            onchange: (ev: Event) => ops.setHideOrphans((ev.target as HTMLInputElement).checked),
          }),
          ' Hide nodes left without any shown relationship',
        ),
        h(
          'div',
          { class: 'row' },
          h('button', { type: 'button', id: 'btn-unhide', disabled: !hiddenCount, onclick: () => ops.unhideAll() }, `Show hidden nodes (${hiddenCount})`),
        ),
      ),
    );
  }
}
