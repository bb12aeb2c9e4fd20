/**
 * A profile page as one HTML document: works without JavaScript (there is none), prints with its
 * own stylesheet, and is built for screen readers: `lang`, landmarks (banner, main,
 * contentinfo), one h1, h2 per section, tables with captions and `th scope`. The CSS is inlined
 * (the app's CSP allows inline styles, never inline scripts).
 *
 * @example
 * renderProfile(profile, { pageUrl: 'http://localhost:4000/entity/state:KEN', accessed: '2026-12-02' });
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Evidence, Profile } from './data.ts';
import { html, link, raw, type Html } from './html.ts';
import { attributionsSection, entityLink, evidenceList, membershipSection, relationshipsSection, standingSection } from './sections.ts';

const CSS = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'profile.css'), 'utf8');

export interface PageContext {
  /** The page's own absolute URL, for the citation. */
  pageUrl: string;
  /** The day the reader accessed the page (UTC), for the citation and the standing's day. */
  accessed: string;
}

/** The explorer opened on this entity, selected (the fragment format of client/src/state/url.ts). */
export function explorerLink(id: string): string {
  const v = encodeURIComponent(id).replace(/%3A/g, ':').replace(/%2F/g, '/').replace(/%40/g, '@');
  return `/#r=${v}&s=${v}`;
}

/** UN document symbols (A/70/174, A/RES/73/27, S/2021/1): the ones undocs.org resolves. */
const UN_SYMBOL = /^(A|S|E|ST)\/[A-Za-z0-9./-]+$/;

function layout(title: string, body: Html): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Cyber Norms Atlas</title>
        <style>
          ${raw(CSS)}
        </style>
      </head>
      <body>
        <a class="skip" href="#main">Skip to the content</a>
        <header role="banner">
          <a class="site" href="/">Cyber Norms Atlas</a>
          <nav aria-label="Site"><a href="/">Explorer</a> · <a href="/graphql">GraphQL API</a></nav>
        </header>
        <main id="main">${body}</main>
        <footer role="contentinfo">
          <p>Cyber Norms Atlas: who is bound by what in international cyber law. Every fact carries its sources; what could not be sourced is left out.</p>
        </footer>
      </body>
    </html> `;
}

type Row = [string, Html | string | null | undefined];

function identifiers(p: Profile): Html {
  const e = p.entity;
  const str = (k: string) => (typeof e[k] === 'string' && e[k] ? String(e[k]) : null);
  const symbol = str('symbol');
  const rows: Row[] = [
    ['Atlas id', html`<code>${e.id}</code>`],
    ['Wikidata', str('wikidata') && link(`https://www.wikidata.org/wiki/${str('wikidata')}`, str('wikidata'))],
    ['ISO 3166-1 alpha-3', str('iso3')],
    ['ISO 3166-1 alpha-2', str('iso2')],
    ['UN M49', str('m49')],
    ['Symbol', symbol && (UN_SYMBOL.test(symbol) ? html`${link(`https://undocs.org/${symbol}`, symbol)} (UN document)` : symbol)],
    ['DOI', str('doi') && link(`https://doi.org/${str('doi')}`, str('doi'))],
    ['Official site', str('url') && link(str('url'), str('url'))],
    ['Also known as', e.aliases.length ? e.aliases.join('; ') : null],
  ];
  return html`<dl class="ids">
    ${rows
      .filter(([, v]) => v)
      .map(
        ([k, v]) =>
          html`<dt>${k}</dt>
            <dd>${v}</dd>`,
      )}
  </dl>`;
}

const FACTS: [string, string][] = [
  ['officialName', 'Official name'],
  ['region', 'Region'],
  ['subregion', 'Subregion'],
  ['unStatus', 'At the UN'],
  ['acronym', 'Acronym'],
  ['orgType', 'Type'],
  ['founded', 'Founded'],
  ['instrumentType', 'Type'],
  ['adopted', 'Adopted'],
  ['openedForSignature', 'Opened for signature'],
  ['entryIntoForce', 'Entry into force'],
  ['docType', 'Type'],
  ['date', 'Date'],
  ['court', 'Court'],
  ['decided', 'Decided'],
  ['year', 'Year'],
  ['venue', 'Venue'],
  ['publisher', 'Publisher'],
  ['affiliation', 'Affiliation'],
  ['eventType', 'Type'],
  ['started', 'Started'],
  ['discovered', 'Discovered'],
  ['confidence', 'Confidence'],
  ['attributionType', 'Type'],
  ['responseType', 'Type'],
];

function facts(p: Profile): Html {
  const e = p.entity;
  const rows: Row[] = FACTS.map(([k, label]) => [label, e[k] === null || e[k] === undefined || e[k] === '' ? null : String(e[k])]);
  const refs: [string, string][] = [
    ['parent', 'Part of'],
    ['adoptedBy', 'Adopted by'],
    ['issuer', 'Issued by'],
  ];
  for (const [k, label] of refs) if (e[k]) rows.push([label, entityLink(e[k] as { id: string; name: string })]);
  if (Array.isArray(e.authorNames) && e.authorNames.length) rows.push(['Authors', e.authorNames.join('; ')]);
  if (Array.isArray(e.sectors) && e.sectors.length) rows.push(['Sectors', e.sectors.join(', ')]);
  if (typeof e.binding === 'boolean') rows.push(['Binds its parties', e.binding ? 'yes (a treaty)' : 'no']);
  const shown = rows.filter(([, v]) => v);
  return shown.length
    ? html`<dl class="ids">
        ${shown.map(
          ([k, v]) =>
            html`<dt>${k}</dt>
              <dd>${v}</dd>`,
        )}
      </dl>`
    : html``;
}

function cite(p: Profile, ctx: PageContext): Html {
  const version = p.dataVersion ?? 'unknown';
  return html`<section aria-labelledby="cite" class="cite">
    <h2 id="cite">Cite this page</h2>
    <p id="citation">
      Cyber Norms Atlas, “${p.entity.name}” (<code>${p.entity.id}</code>), data version <code>${version}</code>. ${link(ctx.pageUrl, ctx.pageUrl)} (accessed
      ${ctx.accessed}).
    </p>
    <p>The data version is the content hash of the Atlas's <code>data/</code> folder that was loaded; the same version gives the same page.</p>
  </section>`;
}

function provenance(sources: Evidence[]): Html {
  return html`<section aria-labelledby="provenance">
    <h2 id="provenance">Sources for this entry</h2>
    ${evidenceList(sources)}
  </section>`;
}

export function renderProfile(p: Profile, ctx: PageContext): string {
  const e = p.entity;
  const explorer = explorerLink(e.id);
  const actor = e.kind === 'State' || e.kind === 'Organisation';
  const body = html`<article>
    <h1>${e.name}</h1>
    <p class="kind">${e.kind}${e.kind === 'State' && e.region ? html` · ${String(e.region)}` : ''}</p>
    ${e.summary ? html`<p class="summary">${e.summary}</p>` : ''}
    <p class="explorer-link"><a href="${explorer}">Open ${e.name} in the explorer</a></p>
    <section aria-labelledby="ids">
      <h2 id="ids">Identifiers and facts</h2>
      ${identifiers(p)}${facts(p)}
    </section>
    ${provenance(e.sources)} ${actor ? standingSection(e.name, p.duties, p.treaties, ctx.accessed) : ''} ${actor ? membershipSection(p.relationships) : ''}
    ${actor ? attributionsSection(p.attributionsBy, p.attributionsTo, p.relationships) : ''}
    ${relationshipsSection(p.relationships, p.relationshipsLeftOut, explorer)} ${cite(p, ctx)}
  </article>`;
  return layout(e.name, body).text;
}

/** The page for an id the graph does not hold (served with status 404). */
export function renderNotFound(id: string): string {
  return layout(
    'Not found',
    html`<h1>No entity with this id</h1>
      <p>The Atlas holds no entity with the id <code>${id}</code>. Ids look like <code>state:KEN</code> or <code>duty:due-diligence</code>.</p>
      <p><a href="/">Search in the explorer</a></p>`,
  ).text;
}

/** The page when the graph cannot be read right now (503), in words, never a stack trace. */
export function renderUnavailable(): string {
  return layout(
    'Unavailable',
    html`<h1>The Atlas cannot be read right now</h1>
      <p>The graph database did not answer. Try again in a few seconds.</p>`,
  ).text;
}
