/**
 * The header toolbar: layout, fit and zoom, undo, the matrix, exports (PNG, SVG, JSON, CSV),
 * copy link, saved views with short links (views.ts), the renderer switch (WebGL preview, off by default) and keyboard help.
 */
import './toolbar.css';
import type { App } from '../app.ts';
import { h } from '../dom.ts';
import { exportCsv, exportFrame, exportJson, exportPng, exportSvg, fileStem, saveBlob } from '../export/download.ts';
import { KEY_HELP } from '../graph/keyboard.ts';
import { LAYOUTS, LAYOUT_LABEL, type LayoutName } from '../graph/layout.ts';
import { webglAvailable } from '../graph/view.ts';
import { notify, reportError } from './notices.ts';
import { savedViewsGroup } from './views.ts';

export function renderToolbar(app: App, el: HTMLElement, toggleMatrix: () => void): void {
  const layout = h(
    'select',
    { id: 'layout-select', 'aria-label': 'Layout' },
    ...LAYOUTS.map((l) => h('option', { value: l, selected: l === app.layout }, LAYOUT_LABEL[l])),
  );
  layout.addEventListener('change', () => void app.setLayout(layout.value as LayoutName));
  app.on('layout', (l) => (layout.value = l));

  const undo = h('button', { type: 'button', id: 'btn-undo', title: 'Undo (Ctrl+Z)', disabled: true, onclick: () => app.undo() }, '↶ Undo');
  // Follows the store's undo step (state/store.ts), whatever recorded or took it back.
  const showUndo = (): void => {
    const label = app.canUndo();
    undo.disabled = !label;
    undo.title = label ? `Undo ${label} (Ctrl+Z)` : 'Nothing to undo';
  };
  app.view.subscribe((s, prev) => {
    if (s.step !== prev.step) showUndo();
  });

  const run = (what: string, fn: () => Promise<void> | void) => async (): Promise<void> => {
    menu.open = false;
    try {
      await fn();
    } catch (err) {
      reportError(err, `${what} failed`);
    }
  };
  const menu = h(
    'details',
    { class: 'menu', id: 'export-menu' },
    h('summary', { title: 'Export the view' }, 'Export'),
    h(
      'div',
      { class: 'menu-items', role: 'group', 'aria-label': 'Export' },
      h(
        'button',
        {
          type: 'button',
          id: 'export-png',
          onclick: run('PNG export', async () => saveBlob(await exportPng(app.cy, await exportFrame(app.cy, app.store.time.asOf)), `${fileStem()}.png`)),
        },
        'Image (PNG)',
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'export-svg',
          onclick: run('SVG export', async () => saveBlob(exportSvg(app.cy, await exportFrame(app.cy, app.store.time.asOf)), `${fileStem()}.svg`)),
        },
        'Drawing (SVG)',
      ),
      h(
        'button',
        { type: 'button', id: 'export-json', onclick: run('JSON export', () => saveBlob(exportJson(app.cy, app.shareUrl()), `${fileStem()}.json`)) },
        'Visible subgraph (JSON)',
      ),
      h(
        'button',
        { type: 'button', id: 'export-csv', onclick: run('CSV export', () => saveBlob(exportCsv(app.cy), `${fileStem()}.csv`)) },
        'Visible subgraph (CSV)',
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'copy-link',
          onclick: run('Copying the link', async () => {
            const url = app.shareUrl();
            history.replaceState(null, '', url);
            try {
              await navigator.clipboard.writeText(url);
              notify('Link to this view copied.', 'info', { key: 'copy' });
            } catch {
              notify('The address bar now holds the link to this view: copy it from there.', 'info', { key: 'copy' });
            }
          }),
        },
        'Copy link to this view',
      ),
      savedViewsGroup(() => app.shareUrl().split('#')[1] ?? ''),
    ),
  );

  const gl = webglAvailable();
  const webgl = h('input', { type: 'checkbox', id: 'toggle-webgl', checked: app.webgl, disabled: !gl });
  webgl.addEventListener('change', () => app.setWebgl(webgl.checked));

  const help = h(
    'dialog',
    { id: 'help-dialog', 'aria-labelledby': 'help-title' },
    h('h2', { id: 'help-title' }, 'Keyboard'),
    h('p', {}, 'Focus the graph (Tab to it) and use:'),
    h('dl', { class: 'keys' }, ...KEY_HELP.flatMap(([k, d]) => [h('dt', {}, h('kbd', {}, k)), h('dd', {}, d)])),
    h('p', {}, 'The List tab shows the visible graph as text; every action is also a button in the inspector.'),
    h('form', { method: 'dialog' }, h('button', { type: 'submit' }, 'Close')),
  );

  el.replaceChildren(
    h('label', { for: 'layout-select', class: 'sr-only' }, 'Layout'),
    layout,
    h('button', { type: 'button', id: 'btn-relayout', title: 'Run the layout again', onclick: () => void app.relayout(false) }, '⟳ Layout'),
    h('button', { type: 'button', id: 'btn-fit', title: 'Fit the graph to the window (F)', onclick: () => app.fit() }, '⤢ Fit'),
    h(
      'button',
      {
        type: 'button',
        title: 'Zoom in (+)',
        'aria-label': 'Zoom in',
        onclick: () => app.cy.zoom({ level: app.cy.zoom() * 1.25, renderedPosition: { x: app.cy.width() / 2, y: app.cy.height() / 2 } }),
      },
      '+',
    ),
    h(
      'button',
      {
        type: 'button',
        title: 'Zoom out (−)',
        'aria-label': 'Zoom out',
        onclick: () => app.cy.zoom({ level: app.cy.zoom() / 1.25, renderedPosition: { x: app.cy.width() / 2, y: app.cy.height() / 2 } }),
      },
      '−',
    ),
    undo,
    h('button', { type: 'button', id: 'btn-matrix', 'aria-pressed': String(app.matrixOpen), onclick: toggleMatrix }, '▦ Matrix'),
    menu,
    h(
      'label',
      { class: 'toggle', title: gl ? 'Draw with WebGL (preview; faster on very large graphs)' : 'WebGL is not available in this browser' },
      webgl,
      ' WebGL',
    ),
    h('button', { type: 'button', id: 'btn-help', 'aria-haspopup': 'dialog', onclick: () => help.showModal() }, '?'),
    help,
  );
  app.on('graph', () => (webgl.checked = app.webgl));
}
