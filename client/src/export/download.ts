/**
 * Export actions on the live graph: PNG (Cytoscape's own renderer), SVG (ours), JSON and CSV of
 * the visible subgraph. Files are saved through a temporary object URL and an <a download>,
 * which needs no permission and works offline.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { fetchStats } from '../api/queries.ts';
import type { EdgeData, NodeData } from '../types.ts';
import { frameFor, frameOnlySvg, layoutFrame, pngScale, renderFramedSvg, type ExportFrame } from './frame.ts';
import { sceneFromCy } from './svg.ts';
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

/**
 * The frame of an export (title, as-of day, data version, legend of what is drawn). The data
 * version is asked of the API once; without an answer the frame says "unknown" rather than fail.
 */
let dataVersion: Promise<string | null> | null = null;
export async function exportFrame(cy: Core, asOf: string | null): Promise<ExportFrame> {
  // At most 5 s: an export must not hang on a slow API (then it says "unknown", and asks again next time).
  dataVersion ??= Promise.race([
    fetchStats().then((s) => s.dataVersion),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000)),
  ]).catch(() => {
    dataVersion = null;
    return null;
  });
  const root = cy.nodes('.root').filter((n) => n.visible());
  const title = root.nonempty() ? `Cyber Norms Atlas: ${String(root.first().data('label'))}` : 'Cyber Norms Atlas';
  return frameFor(cy, { title, asOf, dataVersion: await dataVersion });
}

/**
 * The PNG: Cytoscape's own picture of the view (its bounding box holds every label, so none is
 * clipped at the edge), with the SVG export's header and legend painted round it. The frame goes
 * in as a data: URL, which the CSP allows for images. (Painting the whole SVG export instead
 * failed to decode for some views in Chromium; the SVG export has the names unshortened.)
 */
export async function exportPng(cy: Core, frame: ExportFrame): Promise<Blob> {
  const bb = cy.elements(':visible').boundingBox();
  const scale = pngScale(bb.w, bb.h);
  const graph = await createImageBitmap(await cy.png({ output: 'blob-promise', full: true, scale, bg: '#ffffff' }));
  const lay = layoutFrame(frame, Math.ceil(graph.width / scale), Math.ceil(graph.height / scale));
  const under = new Image();
  under.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(frameOnlySvg(lay, scale))}`;
  await under.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(lay.width * scale);
  canvas.height = Math.ceil(lay.height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(under, 0, 0, canvas.width, canvas.height);
  ctx.drawImage(graph, Math.round(lay.graph.x * scale), Math.round(lay.graph.y * scale));
  graph.close();
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
}

export function exportSvg(cy: Core, frame: ExportFrame): Blob {
  return new Blob([renderFramedSvg(sceneFromCy(cy, frame.title), frame)], { type: 'image/svg+xml' });
}

export function exportJson(cy: Core, view: string): Blob {
  return new Blob([toJson(visibleSubset(cy), { view, exportedAt: new Date().toISOString() })], { type: 'application/json' });
}

export function exportCsv(cy: Core): Blob {
  // A BOM so spreadsheet programs read the UTF-8 names (Côte d'Ivoire, Türkiye) correctly.
  return new Blob(['\uFEFF', toCsv(visibleSubset(cy))], { type: 'text/csv;charset=utf-8' });
}
