/**
 * The header toolbar: layout, fit and zoom, undo and redo, the matrix, exports (PNG, SVG, JSON, CSV),
 * copy link, saved views with short links (views.ts), the renderer switch (WebGL preview, off by default) and keyboard help.
 */
import './toolbar.css';
import { h, type Attrs } from '../dom.ts';
import { fileStem, saveBlob } from '../export/download.ts';
import { KEY_HELP } from '../graph/keyboard.ts';
import { LAYOUTS, LAYOUT_LABEL, type LayoutName } from '../graph/layout.ts';
import { webglAvailable } from '../graph/view.ts';
import { follow, redoLabel, undoLabel, type AtlasStore } from '../state/store.ts';
import { notify, reportError } from './notices.ts';
import type { Operations } from './ports.ts';
import { savedViewsGroup } from './views.ts';

/**
 * A toolbar button with an icon and a word. On a phone the word is hidden (toolbar.css), so the
 * toolbar keeps to three rows and leaves the graph its height; the button's name stays the word.
 */
function toolButton(icon: string, word: string, attrs: Attrs): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', 'aria-label': word, ...attrs },
    h('span', { 'aria-hidden': 'true' }, icon),
    h('span', { class: 'tool-word' }, ` ${word}`),
  );
}

/** The files the export menu makes of the view on screen (main.ts makes them from the canvas). */
export interface Exports {
  png(): Promise<Blob>;
  svg(): Promise<Blob>;
  json(): Blob;
  csv(): Blob;
}

export interface ToolbarPorts {
  ops: Pick<Operations, 'on' | 'setLayout' | 'relayout' | 'fit' | 'zoomBy' | 'undo' | 'redo' | 'shareUrl' | 'setWebgl'>;
  view: AtlasStore;
  exports: Exports;
  toggleMatrix: () => void;
}

export function renderToolbar(el: HTMLElement, { ops, view, exports, toggleMatrix }: ToolbarPorts): void {
  const state = view.getState();
  const layout = h(
    'select',
    { id: 'layout-select', 'aria-label': 'Layout' },
    ...LAYOUTS.map((l) => h('option', { value: l, selected: l === state.layout }, LAYOUT_LABEL[l])),
  );
  layout.addEventListener('change', () => void ops.setLayout(layout.value as LayoutName));
  follow(
    view,
    (s) => s.layout,
    (l) => (layout.value = l),
  );

  const undo = toolButton('↶', 'Undo', { id: 'btn-undo', title: 'Nothing to undo', disabled: true, onclick: () => void ops.undo() });
  const redo = toolButton('↷', 'Redo', { id: 'btn-redo', title: 'Nothing to redo', disabled: true, onclick: () => void ops.redo() });
  // Both follow the store's history (state/store.ts), whatever recorded, undid or redid a step:
  // the undo step lives in the store, the redo side in zundo's own (temporal) store.
  const showHistory = (): void => {
    const back = undoLabel(view);
    undo.disabled = !back;
    undo.title = back ? `Undo ${back} (Ctrl+Z)` : 'Nothing to undo';
    const again = redoLabel(view);
    redo.disabled = !again;
    redo.title = again ? `Redo ${again} (Ctrl+Shift+Z or Ctrl+Y)` : 'Nothing to redo';
  };
  follow(view, (s) => s.step, showHistory);
  view.temporal.subscribe(showHistory);

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
          onclick: run('PNG export', async () => saveBlob(await exports.png(), `${fileStem()}.png`)),
        },
        'Image (PNG)',
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'export-svg',
          onclick: run('SVG export', async () => saveBlob(await exports.svg(), `${fileStem()}.svg`)),
        },
        'Drawing (SVG)',
      ),
      h(
        'button',
        { type: 'button', id: 'export-json', onclick: run('JSON export', () => saveBlob(exports.json(), `${fileStem()}.json`)) },
        'Visible subgraph (JSON)',
      ),
      h(
        'button',
        { type: 'button', id: 'export-csv', onclick: run('CSV export', () => saveBlob(exports.csv(), `${fileStem()}.csv`)) },
        'Visible subgraph (CSV)',
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'copy-link',
          onclick: run('Copying the link', async () => {
            const url = ops.shareUrl();
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
      savedViewsGroup(() => ops.shareUrl().split('#')[1] ?? ''),
    ),
  );

  const gl = webglAvailable();
  const webgl = h('input', { type: 'checkbox', id: 'toggle-webgl', checked: state.webgl, disabled: !gl });
  webgl.addEventListener('change', () => ops.setWebgl(webgl.checked));

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
    toolButton('⟳', 'Layout', { id: 'btn-relayout', title: 'Run the layout again', onclick: () => void ops.relayout(false) }),
    toolButton('⤢', 'Fit', { id: 'btn-fit', title: 'Fit the graph to the window (F)', onclick: () => ops.fit() }),
    h(
      'button',
      {
        type: 'button',
        title: 'Zoom in (+)',
        'aria-label': 'Zoom in',
        onclick: () => ops.zoomBy(1.25),
      },
      '+',
    ),
    h(
      'button',
      {
        type: 'button',
        title: 'Zoom out (−)',
        'aria-label': 'Zoom out',
        onclick: () => ops.zoomBy(1 / 1.25),
      },
      '−',
    ),
    undo,
    redo,
    h('button', { type: 'button', id: 'btn-matrix', 'aria-pressed': String(state.matrixOpen), onclick: toggleMatrix }, '▦ Matrix'),
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
  ops.on('graph', () => (webgl.checked = view.getState().webgl));
}
