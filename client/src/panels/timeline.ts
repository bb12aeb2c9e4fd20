/**
 * As of a date: a slider (by month) with a date field, playback through the years, and a
 * compare mode that highlights what began or ended between two dates. Filtering happens in the
 * browser on the relationships' own validity dates, so moving the slider is instant and the
 * layout stays put; the Timeline tab lists the changes and the API's dated events.
 */
import './timeline.css';
import { fetchTimeline, type TimelineEvent } from '../api/queries.ts';
import { h } from '../dom.ts';
import { change, dateStops, type TimeView } from '../graph/visibility.ts';
import type { EdgeData } from '../types.ts';
import { typeLabel } from '../types.ts';
import { entityButton } from './evidence.ts';
import { announce, reportError } from './notices.ts';
import type { Ports } from './ports.ts';

const MIN_YEAR = 1945;

export function monthIndex(day: string): number {
  const [y, m] = day.split('-').map(Number);
  return ((y ?? MIN_YEAR) - MIN_YEAR) * 12 + ((m ?? 1) - 1);
}

/** Month index → ISO day (the last day of that month: "as it stood at the end of the month"). */
export function indexToDay(i: number): string {
  const y = MIN_YEAR + Math.floor(i / 12);
  const m = (i % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

export class TimelinePanel {
  private slider: HTMLInputElement;
  private dayInput: HTMLInputElement;
  private compare: HTMLInputElement;
  private fromInput: HTMLInputElement;
  private play: HTMLButtonElement;
  private summary: HTMLElement;
  private timer: ReturnType<typeof setInterval> | undefined;
  private eventsCtrl: AbortController | null = null;
  private eventsTimer: ReturnType<typeof setTimeout> | undefined;
  /** The animation frame that will apply the slider's position, while one is pending. */
  private slideFrame = 0;

  constructor(
    private ports: Ports<'on' | 'setTime' | 'select' | 'focus', 'edges' | 'nameOf'>,
    private bar: HTMLElement,
    private panel: HTMLElement,
  ) {
    const today = new Date().toISOString().slice(0, 10);
    this.slider = h('input', {
      id: 'time-slider',
      type: 'range',
      min: 0,
      max: monthIndex(today),
      step: 1,
      value: monthIndex(today),
      'aria-label': 'As of date (month)',
    });
    this.dayInput = h('input', { id: 'time-day', type: 'date', min: `${MIN_YEAR}-01-01`, max: today, 'aria-label': 'As of date' });
    this.compare = h('input', { id: 'time-compare', type: 'checkbox' });
    this.fromInput = h('input', {
      id: 'time-from',
      type: 'date',
      min: `${MIN_YEAR}-01-01`,
      max: today,
      'aria-label': 'Compare with this earlier date',
      hidden: true,
    });
    this.play = h('button', { type: 'button', id: 'time-play', 'aria-pressed': 'false', title: 'Play the years' }, '▶ Play');
    this.summary = h('span', { class: 'time-summary', 'aria-live': 'polite' });
    bar.replaceChildren(
      this.play,
      h('label', { for: 'time-slider', class: 'time-label' }, 'As of'),
      this.slider,
      this.dayInput,
      h('label', { class: 'compare-toggle' }, this.compare, ' Compare with'),
      this.fromInput,
      h('button', { type: 'button', id: 'time-all', onclick: () => this.set(null, null) }, 'All dates'),
      this.summary,
    );
    this.slider.addEventListener('input', () => this.slide());
    this.dayInput.addEventListener('change', () => this.dayInput.value && this.set(this.dayInput.value, this.compareDay()));
    this.compare.addEventListener('change', () => {
      this.fromInput.hidden = !this.compare.checked;
      if (this.compare.checked && !this.fromInput.value) {
        const asOf = this.time.asOf ?? today;
        this.fromInput.value = `${Number(asOf.slice(0, 4)) - 5}${asOf.slice(4)}`;
      }
      this.set(this.time.asOf ?? today, this.compareDay());
    });
    this.fromInput.addEventListener('change', () => this.set(this.time.asOf ?? today, this.compareDay()));
    this.play.addEventListener('click', () => (this.timer ? this.stop() : this.start()));
    ports.ops.on('graph', () => this.sync());
    this.renderPanel();
  }

  /** The as-of and compare-from days in force (the store's, copied from the canvas on every change). */
  private get time(): TimeView {
    return this.ports.view.getState().time;
  }

  private compareDay(): string | null {
    return this.compare.checked && this.fromInput.value ? this.fromInput.value : null;
  }

  /**
   * The slider's month, applied once per animation frame with the latest position: a held arrow
   * key fires input events faster than a large view can redraw (applying a day to 5,000
   * elements takes 160-300 ms), and each applied in turn, the view would lag behind the key and
   * keep moving after it is released.
   */
  private slide(): void {
    if (this.slideFrame) return;
    this.slideFrame = requestAnimationFrame(() => {
      this.slideFrame = 0;
      this.set(indexToDay(Number(this.slider.value)), this.compareDay());
    });
  }

  set(asOf: string | null, compareFrom: string | null): void {
    this.ports.ops.setTime({ asOf, compareFrom: asOf ? compareFrom : null });
    if (!asOf) this.stop();
    this.renderPanel();
  }

  /** Brings the controls in line with the store (after undo or a reopened link). */
  private sync(): void {
    const t = this.time;
    if (t.asOf) {
      this.slider.value = String(monthIndex(t.asOf));
      this.dayInput.value = t.asOf;
    } else {
      this.slider.value = this.slider.max;
      this.dayInput.value = '';
    }
    this.compare.checked = !!t.compareFrom;
    this.fromInput.hidden = !t.compareFrom;
    if (t.compareFrom) this.fromInput.value = t.compareFrom;
    this.summary.textContent = this.describe();
  }

  /** What the as-of summary counts (and the e2e test checks against what is drawn). */
  private describe(): string {
    const t = this.time;
    const edges = this.ports.canvas.edges();
    if (!t.asOf) return `All dates: ${edges.length} relationships.`;
    // Counted as drawn: Cytoscape's own visibility, so an edge whose end is hidden (a document
    // that did not exist yet, a filtered kind) is not counted as held. Solid edges held on the
    // day; dashed ones have an unknown date.
    const drawn = edges.filter((e) => e.visible());
    const unknown = drawn.filter((e) => e.hasClass('t-unknown')).length;
    const held = drawn.length - unknown;
    const dashed = unknown ? ` ${unknown} more drawn dashed: date unknown.` : '';
    if (!t.compareFrom) return `${held} of ${edges.length} relationships held on ${t.asOf}.${dashed}`;
    const added = edges.filter((e) => e.hasClass('diff-added')).length;
    const removed = edges.filter((e) => e.hasClass('diff-removed')).length;
    return `${t.compareFrom} → ${t.asOf}: ${added} began, ${removed} ended.`;
  }

  /** Plays year by year from the earliest dated relationship to today. */
  private start(): void {
    const stops = dateStops(this.ports.canvas.edges().map((e) => e.data() as EdgeData));
    const first = Number((stops[0] ?? '1990').slice(0, 4));
    const last = new Date().getUTCFullYear();
    let year = this.time.asOf ? Number(this.time.asOf.slice(0, 4)) + 1 : first;
    if (year > last) year = first;
    this.play.textContent = '⏸ Pause';
    this.play.setAttribute('aria-pressed', 'true');
    const step = (): void => {
      if (year > last) return this.stop();
      this.set(`${year}-12-31`, this.compareDay());
      announce(`As of ${year}.`);
      year++;
    };
    step();
    this.timer = setInterval(step, 900);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.play.textContent = '▶ Play';
    this.play.setAttribute('aria-pressed', 'false');
  }

  /** The Timeline tab: what changed (compare mode) or what held, then the API's dated events. */
  private renderPanel(): void {
    const t = this.time;
    const canvas = this.ports.canvas;
    const name = (id: string): string => canvas.nameOf(id);
    const head = h('h2', {}, 'Timeline');
    if (!t.asOf) {
      this.panel.replaceChildren(
        head,
        h(
          'p',
          { class: 'muted' },
          'Move the "As of" slider below the graph to see the landscape as it stood on a day; tick "Compare with" to highlight what changed between two dates.',
        ),
      );
      return;
    }
    const from = t.compareFrom ?? `${MIN_YEAR}-01-01`;
    const [a, b] = from <= t.asOf ? [from, t.asOf] : [t.asOf, from];
    const changes = canvas
      .edges()
      .map((e) => e.data() as EdgeData)
      .map((d) => ({ d, c: change(d.validFrom, d.validTo, a, b) }))
      .filter((x) => x.c === 'added' || x.c === 'removed')
      .sort((x, y) => String(x.d.validFrom ?? x.d.validTo).localeCompare(String(y.d.validFrom ?? y.d.validTo)));
    const list = h(
      'ul',
      { class: 'changes' },
      ...changes
        .slice(0, 200)
        .map(({ d, c }) =>
          h(
            'li',
            { class: `change change-${c}` },
            h('span', { class: 'change-mark' }, c === 'added' ? '+ began' : '− ended'),
            ` ${c === 'added' ? (d.validFrom ?? '') : (d.validTo ?? '')} `,
            h(
              'button',
              { type: 'button', class: 'entity-link', onclick: () => this.ports.ops.select(d.id, true) },
              `${name(d.source)} ${typeLabel(d.type)} ${name(d.target)}`,
            ),
          ),
        ),
    );
    const events = h('div', { class: 'events' }, h('p', { class: 'loading-text' }, 'Loading dated events…'));
    this.panel.replaceChildren(
      head,
      h('h3', {}, t.compareFrom ? `Changes shown in the graph, ${a} → ${b} (${changes.length})` : `Relationships that began by ${b} (${changes.length})`),
      changes.length ? list : h('p', { class: 'muted' }, 'No shown relationship changed in this period.'),
      h('h3', {}, 'Dated events in the atlas'),
      events,
    );
    // Debounced: dragging the slider must not send a request per month.
    clearTimeout(this.eventsTimer);
    this.eventsTimer = setTimeout(() => void this.loadEvents(a, b, events), 350);
  }

  private async loadEvents(from: string, to: string, box: HTMLElement): Promise<void> {
    this.eventsCtrl?.abort();
    this.eventsCtrl = new AbortController();
    try {
      const evs: TimelineEvent[] = await fetchTimeline(from, to, { signal: this.eventsCtrl.signal });
      const open = (id: string): void => void this.ports.ops.focus(id);
      box.replaceChildren(
        evs.length
          ? h(
              'ol',
              { class: 'timeline-events' },
              ...evs.map((e) =>
                h(
                  'li',
                  {},
                  h('time', { datetime: e.date }, e.date),
                  ' ',
                  h('span', { class: 'what' }, e.what),
                  ' ',
                  e.label,
                  ' ',
                  entityButton(e.subject, open),
                  e.object ? entityButton(e.object, open) : null,
                ),
              ),
            )
          : h('p', { class: 'muted' }, 'No dated events in this period.'),
      );
    } catch (err) {
      box.replaceChildren(h('p', { class: 'error-text' }, `Could not load events: ${(err as Error).message}`));
      reportError(err, 'Loading the timeline failed');
    }
  }
}
