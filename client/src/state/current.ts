/** The picture on screen as a ViewState (what the URL records). */
import type { App } from '../app.ts';
import type { Point, ViewState } from './url.ts';

export function viewStateOf(app: App): ViewState {
  const positions = new Map<string, Point>();
  app.cy.nodes().forEach((n) => {
    positions.set(n.id(), { x: n.position('x'), y: n.position('y') });
  });
  return {
    root: app.root,
    depth: app.depth,
    expanded: [...app.store.expanded.values()],
    added: [...app.store.added],
    hidden: [...app.store.hidden],
    pinned: app.store.pinnedIds(),
    selected: app.selected,
    filters: app.store.filters,
    asOf: app.store.time.asOf,
    compareFrom: app.store.time.compareFrom,
    layout: app.layout,
    positions: positions.size ? positions : null,
    trace: app.trace,
    panel: app.panel,
    matrix: app.matrixOpen,
    webgl: app.webgl,
  };
}
