/**
 * The Cytoscape instance. Extensions are registered once per page (Cytoscape warns, and some
 * extensions misbehave, on double registration). Switching the renderer (canvas ↔ WebGL)
 * needs a new instance: `recreate` carries elements, classes, positions, locks, selection and
 * viewport across, so the user sees the same picture drawn another way.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import { LEAN_ELEMENTS, stylesheet } from './style.ts';

let registered = false;

function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  registered = true;
}

export interface ViewOptions {
  container: HTMLElement;
  webgl: boolean;
  elements?: ElementDefinition[];
  /** Headless for tests and the bench's data preparation. */
  headless?: boolean;
}

/** True when the browser can give Cytoscape a WebGL2 context (its WebGL renderer needs one). */
export function webglAvailable(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!c.getContext('webgl2');
  } catch {
    return false;
  }
}

export function createView(opts: ViewOptions): Core {
  registerExtensions();
  const renderer = opts.webgl ? { name: 'canvas', webgl: true } : { name: 'canvas' };
  return cytoscape({
    container: opts.container,
    elements: opts.elements ?? [],
    // Elements passed in carry their positions; Cytoscape would otherwise grid them.
    layout: { name: 'preset' },
    style: stylesheet(),
    headless: opts.headless ?? false,
    // Keep panning smooth on large graphs: while the user drags or zooms, Cytoscape draws a
    // cached picture of the graph instead of every element (redrawn once the gesture ends).
    // An init-only option, so it is on for every view; small ones look the same while moving.
    textureOnViewport: true,
    hideEdgesOnViewport: false,
    motionBlur: false,
    pixelRatio: 'auto',
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    renderer,
  } as cytoscape.CytoscapeOptions);
}

/** A new instance with another renderer and the same picture. The old one is destroyed. */
export function recreate(old: Core, container: HTMLElement, webgl: boolean): Core {
  const zoom = old.zoom();
  const pan = { ...old.pan() };
  const json = old.elements().map((e) => {
    const j = e.json() as ElementDefinition & { locked?: boolean; selected?: boolean };
    return j;
  });
  old.destroy();
  container.replaceChildren();
  const cy = createView({ container, webgl, elements: json });
  applyLean(cy);
  cy.viewport({ zoom, pan });
  return cy;
}

/** True while the view is drawn lean (see {@link applyLean}). */
export function isLean(cy: Core): boolean {
  return !!cy.scratch('_atlasLean');
}

/** Switches the lean drawing on or off as the view grows or shrinks; true when it changed. */
export function applyLean(cy: Core): boolean {
  const lean = cy.elements().length > LEAN_ELEMENTS;
  if (lean === isLean(cy)) return false;
  cy.scratch('_atlasLean', lean);
  cy.style(stylesheet({ lean }));
  return true;
}
