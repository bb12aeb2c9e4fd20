/**
 * The side panel's tabs (WAI-ARIA tabs pattern: arrow keys move between tabs, only the active
 * tab is in the Tab order), and the panel's show/hide toggle on narrow screens.
 */
import './sidepanel.css';
import { byId } from '../dom.ts';
import { PANELS, type PanelName } from '../state/url.ts';
import type { Ports } from './ports.ts';
import { follow } from '../state/store.ts';

export function setupTabs({ ops, view }: Ports<'setPanel'>): void {
  const tabs = PANELS.map((p) => byId<HTMLButtonElement>(`tab-${p}`));
  const show = (p: PanelName): void => {
    PANELS.forEach((name, i) => {
      const on = name === p;
      tabs[i]!.setAttribute('aria-selected', String(on));
      tabs[i]!.tabIndex = on ? 0 : -1;
      byId(`panel-${name}`).hidden = !on;
    });
  };
  // On narrow screens the panel is an overlay: opened by the toggle, or when something is selected.
  const open = (on: boolean): void => {
    document.body.classList.toggle('panel-open', on);
    byId('btn-panel').setAttribute('aria-expanded', String(on));
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => ops.setPanel(PANELS[i]!));
    tab.addEventListener('keydown', (ev) => {
      const d = ev.key === 'ArrowRight' || ev.key === 'ArrowDown' ? 1 : ev.key === 'ArrowLeft' || ev.key === 'ArrowUp' ? -1 : 0;
      if (!d && ev.key !== 'Home' && ev.key !== 'End') return;
      const j = ev.key === 'Home' ? 0 : ev.key === 'End' ? tabs.length - 1 : (i + d + tabs.length) % tabs.length;
      ops.setPanel(PANELS[j]!);
      tabs[j]!.focus();
      ev.preventDefault();
    });
  });
  follow(view, (s) => s.panel, show);
  // Selecting something brings the inspector forward (unless the user is tracing or reading a standing).
  follow(
    view,
    (s) => s.selected,
    (id) => {
      const { panel } = view.getState();
      if (id && panel !== 'trace' && panel !== 'standing' && panel !== 'list') ops.setPanel('inspect');
      if (id) open(true);
    },
  );
  show(view.getState().panel);
  open(window.matchMedia('(min-width: 901px)').matches);
  byId('btn-panel').addEventListener('click', () => open(!document.body.classList.contains('panel-open')));
}
