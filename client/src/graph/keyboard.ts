/**
 * Keyboard operation of the canvas (which is otherwise mouse-only): the graph container is
 * focusable and these keys act on it. Everything is also reachable through the list view and
 * the inspector's buttons; this is the fast path for sighted keyboard users.
 */
import type { App } from '../app.ts';
import type { NodeSingular } from 'cytoscape';

export const KEY_HELP: [string, string][] = [
  ['N / Shift+N', 'next / previous node'],
  ['Arrow keys', 'move to the nearest node in that direction (Shift: pan)'],
  ['Enter', 'expand the selected node'],
  ['C', 'collapse it'],
  ['H or Delete', 'hide it'],
  ['P', 'pin / unpin it'],
  ['F', 'fit the view'],
  ['+ / −', 'zoom'],
  ['Esc', 'clear the selection'],
  ['Ctrl+Z', 'undo'],
  ['Ctrl+Shift+Z or Ctrl+Y', 'redo'],
  ['/', 'search'],
];

function visibleSorted(app: App): NodeSingular[] {
  return app.store.visibleNodes().sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))));
}

/** The visible node nearest to `from` within a 90° cone in the arrow's direction. */
function nearestInDirection(app: App, from: NodeSingular, dx: number, dy: number): NodeSingular | null {
  const p = from.position();
  let best: NodeSingular | null = null;
  let bestScore = Infinity;
  for (const n of app.store.visibleNodes()) {
    if (n.id() === from.id()) continue;
    const q = n.position();
    const vx = q.x - p.x;
    const vy = q.y - p.y;
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = n;
    }
  }
  return best;
}

export function bindGraphKeys(app: App, container: HTMLElement, focusSearch: () => void): void {
  container.addEventListener('keydown', (ev) => {
    const cy = app.cy;
    const id = app.view.getState().selected;
    const sel = id ? cy.getElementById(id) : null;
    const node = sel && sel.nonempty() && sel.isNode() ? (sel as NodeSingular) : null;
    const key = ev.key;
    let handled = true;
    if ((ev.ctrlKey || ev.metaKey) && key.toLowerCase() === 'z') {
      if (ev.shiftKey) void app.redo();
      else void app.undo();
    } else if ((ev.ctrlKey || ev.metaKey) && key.toLowerCase() === 'y') void app.redo();
    else if (ev.ctrlKey || ev.metaKey || ev.altKey) handled = false;
    else if (key === 'n' || key === 'N') {
      const list = visibleSorted(app);
      if (list.length) {
        const i = node ? list.findIndex((n) => n.id() === node.id()) : -1;
        const next = list[(i + (ev.shiftKey ? -1 : 1) + list.length) % list.length]!;
        app.select(next.id(), true);
      }
    } else if (key.startsWith('Arrow')) {
      const [dx, dy] = key === 'ArrowLeft' ? [-1, 0] : key === 'ArrowRight' ? [1, 0] : key === 'ArrowUp' ? [0, -1] : [0, 1];
      if (ev.shiftKey || !node) cy.panBy({ x: -dx * 60, y: -dy * 60 });
      else {
        const next = nearestInDirection(app, node, dx, dy);
        if (next) app.select(next.id(), true);
      }
    } else if (key === 'Enter' && node) void app.expand(node.id());
    else if ((key === 'c' || key === 'C') && node) app.collapse(node.id());
    else if ((key === 'h' || key === 'H' || key === 'Delete') && sel?.nonempty()) app.hide(sel.id());
    else if ((key === 'p' || key === 'P') && node) app.pin(node.id(), !node.hasClass('pinned'));
    else if (key === 'f' || key === 'F') app.fit();
    else if (key === '+' || key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (key === '-' || key === '_') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (key === 'Escape') app.select(null);
    else if (key === '/') focusSearch();
    else handled = false;
    if (handled) ev.preventDefault();
  });
}
