/**
 * The picture on screen as a ViewState (what the URL and a saved view record): the store's fields
 * and the node positions, which live on the canvas. Takes the store's state and the canvas, not the
 * App, so that app.ts and this file do not import each other.
 */
import type { Core } from 'cytoscape';
import type { AtlasState } from './store.ts';
import type { Point, ViewState } from './url.ts';

export function viewStateOf(s: AtlasState, cy: Core): ViewState {
  const positions = new Map<string, Point>();
  cy.nodes().forEach((n) => {
    positions.set(n.id(), { x: n.position('x'), y: n.position('y') });
  });
  return {
    root: s.root,
    depth: s.depth,
    expanded: s.shown.expanded,
    added: s.shown.added,
    hidden: s.shown.hidden,
    pinned: s.shown.pinned,
    selected: s.selected,
    filters: s.filters,
    asOf: s.time.asOf,
    compareFrom: s.time.compareFrom,
    layout: s.layout,
    positions: positions.size ? positions : null,
    trace: s.trace,
    panel: s.panel,
    matrix: s.matrixOpen,
    webgl: s.webgl,
    viewport: s.viewport,
  };
}
