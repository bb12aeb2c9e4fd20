/**
 * Rebuilds the picture a shared link describes: the start view, then the expansions and adds in
 * their order, the trace, hides, the recorded positions (the layout is not re-run, so the picture
 * is the same, not merely similar), pins and the selection. Nodes the link does not know (the data
 * grew since) are put next to a known neighbour.
 */
import type { NodeSingular } from 'cytoscape';
import type { App } from '../app.ts';
import { reportError } from '../panels/notices.ts';
import type { Point, ViewState } from './url.ts';

/** `problems` collects, in words, what the link named that the atlas does not have. */
export async function restoreView(app: App, s: ViewState, problems: string[] = []): Promise<void> {
  const missing = (id: string): void => void problems.push(`“${id}” is not in the atlas`);
  app.restoring = true;
  try {
    app.root = s.root;
    app.depth = s.depth;
    app.layout = s.layout;
    app.panel = s.panel;
    app.matrixOpen = s.matrix;
    app.store.filters = s.filters;
    app.store.time = { asOf: s.asOf, compareFrom: s.compareFrom };
    if (s.webgl) app.setWebgl(true);
    await app.loadStart();
    for (const x of s.expanded) {
      await app.expand(x.id, { layout: false, checkpoint: false, missing });
      if (x.limit) await app.showMore(x.id, x.limit, { layout: false, checkpoint: false });
    }
    for (const id of s.added) await app.connect(id, { layout: false, checkpoint: false, missing });
    if (s.trace && app.traceRunner) await app.traceRunner(s.trace).catch((e) => reportError(e, 'Tracing failed'));
    for (const id of s.hidden) if (app.store.has(id)) app.store.hidden.add(id);
    app.store.refreshMarks();
    app.store.applyVisibility(s.selected ? [s.selected] : []);
    await placeNodes(app, s.positions);
    for (const id of s.pinned) app.pin(id, true);
    if (s.selected && app.store.has(s.selected)) app.cy.getElementById(s.selected).select();
    else if (s.selected) missing(s.selected);
    app.emit('layout', app.layout);
    app.emit('panel', app.panel);
  } finally {
    app.restoring = false;
    app.clearUndo();
    app.emit('graph', undefined);
  }
}

/** Shared positions win; unknown nodes go next to a positioned neighbour. */
async function placeNodes(app: App, positions: Map<string, Point> | null): Promise<void> {
  const cy = app.cy;
  if (!positions) {
    await app.relayout(false);
    return;
  }
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const p = positions.get(n.id());
      if (p) n.position({ ...p });
    });
    cy.nodes().forEach((n) => {
      if (positions.has(n.id())) return;
      const nb = n.neighborhood('node').filter((m) => positions.has(m.id()));
      const base = nb.nonempty() ? (nb.first() as NodeSingular).position() : { x: 0, y: 0 };
      n.position({ x: base.x + 40 + Math.random() * 30, y: base.y + 40 + Math.random() * 30 });
    });
  });
  // A trace highlight may have started a viewport animation; the whole picture wins.
  cy.stop(true, false);
  cy.fit(cy.elements(':visible'), 40);
}
