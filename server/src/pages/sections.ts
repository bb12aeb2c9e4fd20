/**
 * The parts of a profile page that list facts: evidence, relationships grouped by type, an actor's
 * standing toward each norm and treaty, memberships and attributions. Every value passes through
 * `html` (escaped); sentences come from the model's templates (server/src/model/relationships.ts).
 */
import { relationshipSpec, TYPE_FOR, type RelationshipType } from '../model/vocabulary.ts';
import type { Attribution, Basis, Evidence, Ref, Rel, Standing } from './data.ts';
import { html, link, raw, type Html } from './html.ts';

/** The path of an entity's own profile page. */
export function profilePath(id: string): string {
  return `/entity/${encodeURIComponent(id)}`;
}

export function entityLink(ref: Ref | null | undefined): Html {
  return ref ? html`<a href="${profilePath(ref.id)}">${ref.name}</a>` : html``;
}

function sourceName(e: Evidence): Html {
  if (e.source) return html`${entityLink(e.source)}${e.url ? html` (${link(e.url, 'online')})` : ''}`;
  return link(e.url ?? e.sourceRef, e.sourceRef);
}

/** One source: who says it, where (locator), the quote, and how directly (curation). */
export function evidenceItem(e: Evidence): Html {
  return html`<li>
    <cite>${sourceName(e)}</cite>${e.locator ? html`, ${e.locator}` : ''}${e.quote ? html`: <q>${e.quote}</q>` : ''}${
      e.curation ? html` <span class="curation">(${e.curation.toLowerCase()})</span>` : ''
    }
  </li>`;
}

export function evidenceList(list: Evidence[]): Html {
  return list.length
    ? html`<ul class="sources">
        ${list.map(evidenceItem)}
      </ul>`
    : html`<p class="none">No source recorded.</p>`;
}

// A marker the templates carry in place of the other end's name; replaced by its link after
// escaping (the marker has no character that escaping changes).
const OTHER = '\u0001other\u0001';

/** "is a member of <a>the African Union</a> (since 2002)": the model's sentence, the other end linked. */
export function sentence(rel: Rel): Html {
  const spec = relationshipSpec(rel.type);
  const props = rel.properties ?? {};
  const text = spec ? (rel.direction === 'OUT' ? spec.forward : spec.backward)(OTHER, props) : `${rel.type} ${OTHER}`;
  return raw(html`${text}`.text.replace(OTHER, entityLink(rel.other).text));
}

function dates(from: string | null, to: string | null): string {
  if (!from && !to) return '';
  return `${from ?? 'unknown'} to ${to ?? 'now'}`;
}

function groupTitle(type: string, direction: 'OUT' | 'IN'): string {
  const label = relationshipSpec(type)?.label ?? type;
  const heading = label.charAt(0).toUpperCase() + label.slice(1);
  return direction === 'OUT' ? heading : `${heading} (toward this entity)`;
}

/**
 * The skeleton every table of the page shares: an id for links and tests, a caption (the table's
 * accessible name), column headers with scope, and the body rows the caller builds.
 *
 * @example
 * dataTable({ id: 'memberships-table', caption: 'Memberships', columns: ['Relationship', 'Dates'], rows: [html`<tr>…</tr>`] });
 */
function dataTable(t: { id: string; caption: string; columns: string[]; rows: Html[]; className?: string }): Html {
  return html`<table id="${t.id}" ${t.className ? html` class="${t.className}"` : ''}>
    <caption>
      ${t.caption}
    </caption>
    <thead>
      <tr>
        ${t.columns.map((c) => html`<th scope="col">${c}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${t.rows}
    </tbody>
  </table>`;
}

function relTable(caption: string, rels: Rel[], id: string): Html {
  return dataTable({
    id,
    caption,
    columns: ['Relationship', 'Dates', 'Sources (quote, locator, curation)'],
    rows: rels.map(
      (r) =>
        html`<tr>
          <th scope="row">${sentence(r)}</th>
          <td>${dates(r.validFrom, r.validTo)}</td>
          <td>${evidenceList(r.evidence)}</td>
        </tr>`,
    ),
  });
}

/** Every relationship, one table per type and direction, legal types first (the model's rank). */
export function relationshipsSection(rels: Rel[], leftOut: number, explorer: string): Html {
  const groups = new Map<string, Rel[]>();
  for (const r of rels) {
    const key = `${r.type}|${r.direction}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const rank = (key: string) => relationshipSpec(key.split('|')[0]!)?.rank ?? 99;
  const keys = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return html`<section aria-labelledby="rels">
    <h2 id="rels">Relationships</h2>
    ${rels.length ? '' : html`<p class="none">No relationship recorded.</p>`}
    ${keys.map((key) => {
      const [type, direction] = key.split('|') as [RelationshipType, 'OUT' | 'IN'];
      const list = groups.get(key)!;
      const title = groupTitle(type, direction);
      return html`<h3>${title} <span class="count">(${list.length})</span></h3>
        ${relTable(title, list, `rel-${type.toLowerCase()}-${direction.toLowerCase()}`)}`;
    })}
    ${leftOut ? html`<p class="note">${leftOut} more relationships are not listed here; <a href="${explorer}">open the explorer</a> to page through them.</p>` : ''}
  </section>`;
}

function basisItem(b: Basis): Html {
  const date = b.since || b.until ? html` <span class="date">(${dates(b.since, b.until)}${b.dateKnown ? '' : ', date not known precisely'})</span>` : '';
  return html`<li>
    <p>${b.explanation}${date}</p>
    ${
      b.via || b.document
        ? html`<p class="via">
            ${b.via ? html`Through ${entityLink(b.via)}` : ''}${b.via && b.document ? '; ' : ''}${b.document ? html`document: ${entityLink(b.document)}` : ''}${b.provision ? html`, ${b.provision}` : ''}
          </p>`
        : ''
    }${evidenceList(b.evidence)}
  </li>`;
}

function basisList(list: Basis[], none: string): Html {
  return list.length
    ? html`<ul class="bases">
        ${list.map(basisItem)}
      </ul>`
    : html`<p class="none">${none}</p>`;
}

const statusText = (s: string) => s.toLowerCase().replace(/_/g, ' ');

function standingTable(id: string, caption: string, rows: Standing[]): Html {
  return dataTable({
    id,
    caption,
    className: 'standing',
    columns: ['Norm', 'Status', 'Why, with sources', 'Counter-evidence and limits'],
    rows: rows.map(
      (s) =>
        html`<tr data-norm="${s.norm.id}">
          <th scope="row">${entityLink(s.norm)}</th>
          <td><span class="status status-${s.status.toLowerCase()}">${statusText(s.status)}</span></td>
          <td>
            <p class="verdict">${s.verdict}</p>
            ${basisList(s.bases, 'No basis recorded.')}
          </td>
          <td>
            ${basisList(s.counterEvidence, 'None recorded.')}${
              s.limits.length
                ? html`<ul class="limits">
                    ${s.limits.map((l) => html`<li>${l}</li>`)}
                  </ul>`
                : ''
            }
          </td>
        </tr>`,
    ),
  });
}

/** Norms on which nothing is recorded, in one sentence rather than a row each (the table stays readable). */
function notRecorded(name: string, rows: Standing[]): Html {
  if (!rows.length) return html``;
  return html`<p class="not-recorded" id="standing-not-recorded">
    Nothing recorded for ${name} (no own position, no treaty in force for it expressing the duty, no position of an organisation it belongs to; not the same as
    having no position) on: ${rows.map((s, i) => html`${i ? '; ' : ''}${entityLink(s.norm)}`)}.
  </p>`;
}

/** An actor's standing toward every duty (positions, treaties, organisations) and every treaty. */
export function standingSection(name: string, duties: Standing[], treaties: Standing[], day: string): Html {
  const known = duties.filter((s) => s.status !== 'NOT_RECORDED');
  return html`<section aria-labelledby="standing">
    <h2 id="standing">Standing toward each norm</h2>
    <p>
      Where ${name} stands on ${day}, decided by the Atlas's rules (its own latest position first, then treaties in force for it, then organisations it belongs
      to); see the README's “How the Atlas decides who is bound”.
    </p>
    ${known.length ? standingTable('standing-duties', `${name}: standing toward each duty`, known) : ''}
    ${notRecorded(
      name,
      duties.filter((s) => s.status === 'NOT_RECORDED'),
    )}
    <h2 id="treaties">Treaty status</h2>
    ${treaties.length ? standingTable('standing-treaties', `${name}: status toward each treaty`, treaties) : html`<p class="none">No treaty in the data.</p>`}
  </section>`;
}

/** Memberships of organisations, from the relationships already read. */
export function membershipSection(rels: Rel[]): Html {
  const list = rels.filter((r) => r.type === TYPE_FOR.membership && r.direction === 'OUT');
  return html`<section aria-labelledby="memberships">
    <h2 id="memberships">Memberships</h2>
    ${list.length ? relTable('Memberships of organisations', list, 'memberships-table') : html`<p class="none">No membership recorded.</p>`}
  </section>`;
}

function attributionTable(id: string, caption: string, list: Attribution[]): Html {
  const names = (refs: Ref[]) => refs.map((r, i) => html`${i ? ', ' : ''}${entityLink(r)}`);
  return dataTable({
    id,
    caption,
    columns: ['Incident', 'Date', 'By', 'To', 'Statement'],
    rows: list.map(
      (a) =>
        html`<tr>
          <th scope="row">
            ${entityLink(a.incident)}${a.attributionType && a.attributionType !== 'attribution' ? html` <span class="type">(${a.attributionType})</span>` : ''}
          </th>
          <td>${a.date ?? 'unknown'}</td>
          <td>${names(a.by)}</td>
          <td>${a.to.length ? names(a.to) : 'no state named'}</td>
          <td>
            ${a.statement ? html`${entityLink(a.statement)}${a.statement.url ? html` (${link(a.statement.url, 'online')})` : ''}` : ''}${a.confidence ? html` <span class="confidence">“${a.confidence}”</span>` : ''}
          </td>
        </tr>`,
    ),
  });
}

/** Attributions it made, attributions naming it, and incidents it is recorded as a victim of. */
export function attributionsSection(by: Attribution[], to: Attribution[], rels: Rel[]): Html {
  const victim = rels.filter((r) => r.type === 'VICTIM_OF');
  return html`<section aria-labelledby="attributions">
    <h2 id="attributions">Attributions</h2>
    <h3>Attributions it made</h3>
    ${by.length ? attributionTable('attributions-by', 'Attributions made (alone or jointly)', by) : html`<p class="none">None recorded.</p>`}
    <h3>Attributions naming it as responsible</h3>
    ${to.length ? attributionTable('attributions-to', 'Attributions naming it', to) : html`<p class="none">None recorded.</p>`}
    <h3>Incidents it was a victim of</h3>
    ${victim.length ? relTable('Incidents naming it as affected', victim, 'victim-of') : html`<p class="none">None recorded.</p>`}
  </section>`;
}
