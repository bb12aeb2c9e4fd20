/**
 * Export actions on the live graph: PNG (Cytoscape's own renderer), SVG (ours), JSON and CSV of
 * the visible subgraph. Files are saved through a temporary object URL and an <a download>,
 * which needs no permission and works offline.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { EdgeData, NodeData } from '../types.ts';
import { renderSvg, sceneFromCy } from './svg.ts';
import { toCsv, toJson, type Subset } from './tabular.ts';

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `atlas-2025-01-31T10-20` : sortable and safe on every file system. */
export function fileStem(now = new Date()): string {
  return `cyber-norms-atlas-${now.toISOString().slice(0, 16).replace(/:/g, '-')}`;
}

export function visibleSubset(cy: Core): Subset {
  const nodes = cy
    .nodes()
    .filter((n) => n.visible())
    .map((n) => ({ ...(n.data() as NodeData), x: (n as NodeSingular).position('x'), y: (n as NodeSingular).position('y') }));
  const edges = cy
    .edges()
    .filter((e) => e.visible())
    .map((e) => e.data() as EdgeData);
  return { nodes, edges };
}

export async function exportPng(cy: Core): Promise<Blob> {
  // Full graph at 2× for print; capped so huge views do not exhaust canvas memory.
  const bb = cy.elements(':visible').boundingBox();
  const scale = Math.max(0.5, Math.min(2, 8000 / Math.max(bb.w, bb.h, 1)));
  return cy.png({ output: 'blob-promise', full: true, scale, bg: '#ffffff' });
}

export function exportSvg(cy: Core, title: string): Blob {
  return new Blob([renderSvg(sceneFromCy(cy, title))], { type: 'image/svg+xml' });
}

export function exportJson(cy: Core, view: string): Blob {
  return new Blob([toJson(visibleSubset(cy), { view, exportedAt: new Date().toISOString() })], { type: 'application/json' });
}

export function exportCsv(cy: Core): Blob {
  // A BOM so spreadsheet programs read the UTF-8 names (Côte d'Ivoire, Türkiye) correctly.
  return new Blob(['\uFEFF', toCsv(visibleSubset(cy))], { type: 'text/csv;charset=utf-8' });
}
