/**
 * Rebuilds the picture a shared link (or a saved view) describes from its state, asking the API
 * ONCE for everything it lists (api/restore.ts: the start view, the expansions and the adds in one
 * document), then drawing the answers in the link's order: the trace, hides, the recorded positions
 * (the layout is not re-run, so the picture is the same, not merely similar), pins, the selection,
 * and zoom and pan. Nodes the link does not know (the data grew since) are put next to a known
 * neighbour. Two things still ask on their own: "Show more" pages of a capped hub, and the trace.
 */
import type { NodeSingular } from 'cytoscape';
import { App } from '../app.ts';
import { fetchRestore, type RestorePart } from '../api/restore.ts';
import { busy, reportError } from '../panels/notices.ts';
import type { Point, ViewState, Viewport } from './url.ts';

/** `problems` collects, in words, what the link named that the atlas does not have. */
export async function restoreView(app: App, s: ViewState, problems: string[] = []): Promise<void> {
  const missing = (id: string): void => void problems.push(`“${id}” is not in the atlas`);
  app.restoring = true;
  try {
    const time = { asOf: s.asOf, compareFrom: s.compareFrom };
    // The canvas keeps its own filters and day (graph/store.ts); the store gets them now too, so
    // that a panel asked before the end (the trace runner reads the day) sees the link's.
    app.view.setState({ root: s.root, depth: s.depth, layout: s.layout, panel: s.panel, matrixOpen: s.matrix, filters: s.filters, time });
    app.store.filters = s.filters;
    app.store.time = { ...time };
    if (s.webgl) app.setWebgl(true);
    const parts: RestorePart[] = [
      { role: 'root', args: app.startArgs() },
      ...s.expanded.map((x): RestorePart => ({ role: 'expand', args: App.expandArgs(x.id) })),
      ...s.added.map((id): RestorePart => ({ role: 'add', args: App.addArgs(id) })),
    ];
    const { subgraphs } = await busy(s.expanded.length || s.added.length ? 'Opening the view…' : 'Loading the overview…', fetchRestore(parts));
    parts.forEach((p, i) => {
      const sub = subgraphs[i];
      if (p.role === 'root') app.applyStart(sub!);
      else if (!sub || (p.role === 'add' && !sub.nodes.some((n) => n.id === p.args.id))) missing(p.args.id);
      else if (p.role === 'expand') app.applyExpansion(p.args.id, sub);
      else app.applyAdd(p.args.id, sub);
    });
    for (const x of s.expanded) if (x.limit && app.store.has(x.id)) await app.showMore(x.id, x.limit, { layout: false, checkpoint: false });
    if (s.trace && app.traceRunner) await app.traceRunner(s.trace).catch((e) => reportError(e, 'Tracing failed'));
    for (const id of s.hidden) if (app.store.has(id)) app.store.hidden.add(id);
    app.store.refreshMarks();
    app.store.applyVisibility(s.selected ? [s.selected] : []);
    await placeNodes(app, s.positions, s.viewport);
    for (const id of s.pinned) app.pin(id, true);
    if (s.selected && app.store.has(s.selected)) app.cy.getElementById(s.selected).select();
    else if (s.selected) missing(s.selected);
    app.emit('layout', s.layout);
    app.emit('panel', s.panel);
  } finally {
    app.restoring = false;
    app.clearUndo();
    app.emit('graph', undefined);
  }
}

/** Shared positions win; unknown nodes go next to a positioned neighbour. */
async function placeNodes(app: App, positions: Map<string, Point> | null, viewport: Viewport | null): Promise<void> {
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
  // A trace highlight may have started a viewport animation; the recorded view (or the whole
  // picture) wins.
  cy.stop(true, false);
  if (viewport) cy.viewport({ zoom: viewport.zoom, pan: { ...viewport.pan } });
  else cy.fit(cy.elements(':visible'), 40);
  app.view.setState({ viewport: { zoom: cy.zoom(), pan: { ...cy.pan() } } });
}
