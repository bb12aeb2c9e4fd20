/**
 * Entry point: builds the panels around the graph, restores the view from the URL fragment
 * (or loads the overview), and wires the global keys. `?bench=N` switches to the rendering
 * benchmark instead (bench/render.ts drives it).
 */
import './styles.css';
import { App } from './app.ts';
import { byId, h } from './dom.ts';
import { exportCsv, exportFrame, exportJson, exportPng, exportSvg } from './export/download.ts';
import { bindGraphKeys } from './graph/keyboard.ts';
import { installLabels } from './graph/labels.ts';
import { applyPalette } from './graph/palette.ts';
import { installExpandMenu } from './panels/expand-menu.ts';
import { bindEscape } from './panels/escape.ts';
import { FiltersPanel } from './panels/filters.ts';
import { Inspector } from './panels/inspector.ts';
import { renderLegend } from './panels/legend.ts';
import { ListView } from './panels/listview.ts';
import { MatrixPanel } from './panels/matrix.ts';
import { notify, reportError } from './panels/notices.ts';
import { createSearchBox } from './panels/search.ts';
import { setupTabs } from './panels/tabs.ts';
import { TimelinePanel } from './panels/timeline.ts';
import { renderToolbar, type Exports } from './panels/toolbar.ts';
import { TracePanel } from './panels/trace.ts';
import { StandingPanel } from './panels/standing.ts';
import { IncidentPanel } from './panels/incident.ts';
import { restoreView } from './state/restore.ts';
import { decodeState, defaultState, type ViewState } from './state/url.ts';
import { ApiError, isNotFound } from './api/client.ts';
// Last: the narrow-screen rules override each panel's own sheet, imported above through its module.
import './responsive.css';

declare global {
  interface Window {
    /** The running explorer, for the end-to-end tests and for debugging from the console. */
    __atlas?: App;
  }
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  if (params.has('bench')) {
    const { runBench } = await import('./bench.ts');
    await runBench(params);
    return;
  }
  applyPalette();
  const container = byId('cy');
  const app = new App(container);
  window.__atlas = app;
  renderLegend(byId('legend'));
  const search = createSearchBox({
    label: 'Search the atlas',
    labelClass: 'sr-only',
    placeholder: 'Search states, duties, treaties, papers…',
    onPick: (hit) => void app.focus(hit.entity.id),
  });
  byId('search').append(search.root);
  // What every panel gets; each one's constructor type picks what it uses (panels/ports.ts).
  const ports = { ops: app, canvas: app.canvas, view: app.view };
  const trace = new TracePanel(ports, byId('panel-trace'));
  new StandingPanel(ports, byId('panel-standing'));
  const incident = new IncidentPanel(ports);
  new Inspector(ports, byId('panel-inspect'), {
    traceFrom: (e) => trace.setEnd('from', e),
    traceTo: (e) => trace.setEnd('to', e),
    section: (e) => incident.section(e),
  });
  new FiltersPanel(ports, byId('panel-filters'));
  new TimelinePanel(ports, byId('timebar'), byId('panel-timeline'));
  new ListView(ports, byId('panel-list'));
  const matrix = new MatrixPanel(ports, byId('matrix'));
  renderToolbar(byId('toolbar'), { ops: app, view: app.view, exports: exportsOf(app), toggleMatrix: () => matrix.toggle() });
  setupTabs(ports);
  bindGraphKeys(app, container, () => search.focus());
  installLabels(
    () => app.cy,
    (ev, fn) => app.on(ev, fn),
  );
  installExpandMenu(ports);
  bindEscape([
    { isOpen: () => app.view.getState().matrixOpen, close: () => matrix.toggle(false), opener: '#btn-matrix' },
    {
      isOpen: () => !!document.querySelector('#export-menu[open]'),
      close: () => document.querySelector('#export-menu')?.removeAttribute('open'),
      opener: '#export-menu > summary',
    },
  ]);

  document.addEventListener('keydown', (ev) => {
    const t = ev.target as HTMLElement;
    const step = historyKey(ev);
    // Only text fields keep Ctrl+Z and Ctrl+Y for themselves (undo typing); on a select, a
    // checkbox or a button they undo or redo the last change to the view, as everywhere else.
    // The canvas has its own keys (graph/keyboard.ts).
    const textField = t.closest('textarea, [contenteditable], input:not([type="checkbox"], [type="radio"], [type="range"], [type="button"], [type="submit"])');
    if (step && !textField && !container.contains(t)) {
      if (step === 'undo') void app.undo();
      else void app.redo();
      ev.preventDefault();
      return;
    }
    const typing = t.closest('input, textarea, select, [contenteditable]');
    if (typing) return;
    if (ev.key === '/' && !container.contains(t)) {
      search.focus();
      ev.preventDefault();
    }
  });
  // The app writes the fragment with replaceState (no event). A hashchange is therefore a link
  // pasted or edited by the user: rebuild the view from it.
  window.addEventListener('hashchange', () => location.reload());

  const problems: string[] = [];
  const state = decodeState(location.hash, problems);
  try {
    await openLink(app, state, problems);
    if (state.matrix) matrix.toggle(true);
    document.body.dataset.ready = 'true';
  } catch (err) {
    byId('stage').append(
      h(
        'div',
        { class: 'empty-state', role: 'alert' },
        h('h2', {}, 'The atlas could not be loaded'),
        h('p', {}, (err as Error).message),
        h('button', { type: 'button', onclick: () => location.reload() }, 'Try again'),
      ),
    );
    reportError(err, 'Loading the overview failed', () => location.reload());
    document.body.dataset.ready = 'error';
  }
}

/** Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo (Cmd on a Mac). */
function historyKey(ev: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(ev.ctrlKey || ev.metaKey) || ev.altKey) return null;
  const key = ev.key.toLowerCase();
  if (key === 'z') return ev.shiftKey ? 'redo' : 'undo';
  return key === 'y' && !ev.shiftKey ? 'redo' : null;
}

/** The export menu's files, made from the canvas on screen and the view's as-of day. */
function exportsOf(app: App): Exports {
  const frame = () => exportFrame(app.cy, app.view.getState().time.asOf);
  return {
    png: async () => exportPng(app.cy, await frame()),
    svg: async () => exportSvg(app.cy, await frame()),
    json: () => exportJson(app.cy, app.shareUrl()),
    csv: () => exportCsv(app.cy),
  };
}

/**
 * Opens the view a link describes. A link the atlas cannot open (an id it does not have, say)
 * falls back to the overview with a notice, rather than trapping the user on an error page that
 * "Try again" would only reload. A failing API still fails: that is not the link's fault.
 */
async function openLink(app: App, state: ViewState, problems: string[]): Promise<void> {
  try {
    await restoreView(app, state, problems);
  } catch (err) {
    const unreachable = err instanceof ApiError && (err.kind === 'network' || err.kind === 'timeout' || err.kind === 'http');
    if (!location.hash || unreachable) throw err;
    problems.push(isNotFound(err) ? `it starts from “${state.root}”, which is not in the atlas` : (err as Error).message);
    app.store.clear();
    app.view.setState({ trace: null, selected: null });
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    await restoreView(app, defaultState());
  }
  if (problems.length) {
    notify(
      `This link could not be opened as it was: ${problems.join('; ')}. ${location.hash ? 'The rest of the view is shown.' : 'Showing the overview instead.'}`,
      'warn',
      {
        key: 'bad-link',
      },
    );
  }
}

void main();
