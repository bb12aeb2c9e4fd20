/**
 * How a source is shown everywhere (inspector, trace, matrix): the quote verbatim, the source
 * by name (a button that brings it into the graph when it is an entity), the locator, and the
 * official link or DOI. Evidence is the point of the atlas, so it is never abbreviated.
 */
import { extLink, h } from '../dom.ts';
import type { EntityRef, Evidence } from '../types.ts';
import { kindSwatch } from './legend.ts';

export type OpenEntity = (id: string) => void;

/** How directly a source shows a fact, in words. */
export const CURATION: Record<string, string> = {
  PRIMARY: 'primary source',
  SECONDARY: 'secondary source',
  INFERRED: 'inferred, not read in a source',
};

/** A button naming an entity; activating it focuses that entity in the graph. */
export function entityButton(e: EntityRef, open: OpenEntity): HTMLElement {
  return h(
    'button',
    { type: 'button', class: 'entity-link', 'data-id': e.id, title: `${e.kind} ${e.id}: show in the graph`, onclick: () => open(e.id) },
    kindSwatch(e.kind),
    e.name,
  );
}

export function doiUrl(doi: string | null | undefined): string | null {
  if (!doi) return null;
  const clean = doi.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  return /^10\.\d{4,9}\//.test(clean) ? `https://doi.org/${clean}` : null;
}

function sourceLabel(ev: Evidence, open: OpenEntity): HTMLElement {
  if (ev.source) return entityButton(ev.source, open);
  if (/^https?:\/\//.test(ev.sourceRef)) {
    let host = ev.sourceRef;
    try {
      host = new URL(ev.sourceRef).hostname.replace(/^www\./, '');
    } catch {
      /* shown as written */
    }
    return extLink(ev.sourceRef, host);
  }
  return h('span', { class: 'source-ref' }, ev.sourceRef);
}

export function renderEvidenceItem(ev: Evidence, open: OpenEntity): HTMLElement {
  const link = ev.url && ev.url !== ev.sourceRef ? extLink(ev.url, 'open source ↗') : null;
  return h(
    'li',
    { class: 'evidence' },
    ev.quote ? h('blockquote', { class: 'quote' }, `“${ev.quote}”`) : null,
    h(
      'div',
      { class: 'evidence-meta' },
      sourceLabel(ev, open),
      ev.locator ? h('span', { class: 'locator' }, ev.locator) : null,
      ev.curation ? h('span', { class: 'curation', 'data-curation': ev.curation }, CURATION[ev.curation] ?? ev.curation.toLowerCase()) : null,
      link,
    ),
  );
}

export function renderEvidence(list: Evidence[], open: OpenEntity, emptyText = 'No source recorded.'): HTMLElement {
  if (!list.length) return h('p', { class: 'muted' }, emptyText);
  return h('ul', { class: 'evidence-list' }, ...list.map((ev) => renderEvidenceItem(ev, open)));
}
