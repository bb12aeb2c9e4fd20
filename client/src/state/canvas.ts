/**
 * The canvas as panels see it (panels/ports.ts `Canvas`: read-only questions) and the drawings of
 * a trace, which the App does on the trace panel's behalf. Over Cytoscape and the canvas's
 * bookkeeping (graph/store.ts); `cy` is asked for on every call because switching the renderer
 * replaces it.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { runLayout, seedPositions, type LayoutName } from '../graph/layout.ts';
import type { GraphStore } from '../graph/store.ts';
import type { Canvas } from '../panels/ports.ts';

export function canvasOf(cy: () => Core, store: GraphStore): Canvas {
  return {
    element: (id) => cy().getElementById(id),
    nodes: () => cy().nodes(),
    edges: () => cy().edges(),
    visibleNodes: () => store.visibleNodes(),
    has: (id) => store.has(id),
    isExpanded: (id) => store.expanded.has(id),
    isCapped: (id) => store.capped.has(id),
    hideOrphans: () => store.hideOrphans,
    findEdge: (type, source, target) => store.findEdge(type, source, target),
    nameOf: (id) => {
      const el = cy().getElementById(id);
      return (el.nonempty() && (el.data('label') ?? el.data('caption'))) || id;
    },
  };
}

/** A trace's paths onto the canvas: new nodes start next to a neighbour on their path, then settle. */
export async function drawPaths(cy: Core, store: GraphStore, layout: LayoutName, nodes: ElementDefinition[], edges: ElementDefinition[]): Promise<void> {
  const res = store.addLoose(nodes, edges, 'trace');
  store.applyVisibility(nodes.map((n) => String(n.data.id)));
  if (!res.newNodes.length) return;
  for (const id of res.newNodes) {
    const nb = cy
      .getElementById(id)
      .neighborhood('node')
      .filter((n) => !res.newNodes.includes(n.id()));
    if (nb.nonempty()) seedPositions(cy, nb.first().id(), [id]);
  }
  await runLayout(cy, { name: layout, incremental: layout === 'fcose', animate: false, fit: false });
}

/** Marks the elements of the paths shown and fades the rest; returns what is marked. */
export function markPaths(cy: Core, primary: string[], secondary: string[]) {
  cy.elements().removeClass('trace trace-secondary faded');
  let marked = cy.collection();
  if (!primary.length && !secondary.length) return marked;
  for (const id of secondary) marked = marked.union(cy.getElementById(id).addClass('trace-secondary'));
  for (const id of primary) marked = marked.union(cy.getElementById(id).addClass('trace'));
  cy.elements().not(marked).addClass('faded');
  return marked;
}
