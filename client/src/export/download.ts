/**
 * Export actions on the live graph: PNG (Cytoscape's own renderer), SVG (ours), JSON and CSV of
 * the visible subgraph. Files are saved through a temporary object URL and an <a download>,
 * which needs no permission and works offline.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { fetchStats } from '../api/queries.ts';
import type { EdgeData, NodeData } from '../types.ts';
import { frameFor, renderFramedSvg, type ExportFrame } from './frame.ts';
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
  dataVersion ??= fetchStats().then(
    (s) => s.dataVersion,
    () => {
      dataVersion = null;
      return null;
    },
  );
  const root = cy.nodes('.root').filter((n) => n.visible());
  const title = root.nonempty() ? `Cyber Norms Atlas: ${String(root.first().data('label'))}` : 'Cyber Norms Atlas';
  return frameFor(cy, { title, asOf, dataVersion: await dataVersion });
}

/**
 * The PNG is the SVG export (the same frame, whole labels) painted on a canvas at up to 2x: a data:
 * URL, which the CSP allows for images; a picture of SVG shapes and text does not taint the canvas.
 */
export async function exportPng(cy: Core, frame: ExportFrame): Promise<Blob> {
  const svg = renderFramedSvg(sceneFromCy(cy, frame.title), frame);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  // 2x for print; capped so huge views do not exhaust canvas memory.
  const scale = Math.max(0.5, Math.min(2, 8000 / Math.max(img.naturalWidth, img.naturalHeight, 1)));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(img.naturalWidth * scale);
  canvas.height = Math.ceil(img.naturalHeight * scale);
  canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
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
