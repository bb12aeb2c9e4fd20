/**
 * The synthetic "world": states, organisations, instruments, duties, cases, indexes, events and
 * the documents that act as sources. Papers and the relationships come later (papers.ts,
 * relations.ts) and draw on what is made here.
 *
 * Every record has one source: a synthetic catalogue document (`document:syn-catalogue-01`),
 * whose own source is an example.org URL (a domain reserved for examples), so provenance
 * checks pass without pointing at anything real.
 *
 * @example
 * const world = buildWorld(corpusPlan(0.01), new Rng(1));
 * world.states[0]; // { id: 'state:QMA', name: 'Synthetic State 0001' }
 */
import { clampDate, addDays } from './dates.ts';
import { DUTY_TYPES, INSTRUMENT_TYPES, ORG_TYPES, REGIONS, stateCode, synId } from './names.ts';
import type { CorpusPlan } from './plan.ts';
import { pad, type Rng } from './prng.ts';
import { table, type Row, type Table } from './table.ts';

export interface Named {
  id: string;
  name: string;
}

export interface Organisation extends Named {
  acronym: string;
  orgType: string;
  founded: string;
}

export interface Instrument extends Named {
  instrumentType: string;
  binding: boolean;
  symbol: string;
  adopted: string;
  opened?: string;
  entryIntoForce?: string;
  adoptedBy: string;
}

export interface PositionDoc extends Named {
  issuer: string;
  date: string;
}

export interface World {
  catalogues: string[];
  states: Named[];
  organisations: Organisation[];
  instruments: Instrument[];
  duties: Named[];
  cases: (Named & { decided: string })[];
  indexes: (Named & { year: number })[];
  events: (Named & { date: string })[];
  positionDocs: PositionDoc[];
  tables: Table[];
}

/** One synthetic source per record: catalogues take turns, the locator names the entry. */
export function catalogueSource(catalogues: readonly string[], index: number, label: string): Row {
  return { source: catalogues[index % catalogues.length], locator: `${label}, entry ${index + 1}` };
}

const SOURCE_COLUMNS = ['source', 'locator'] as const;

export function buildWorld(plan: CorpusPlan, rng: Rng): World {
  const catalogues = Array.from({ length: plan.catalogues }, (_, i) => `document:syn-catalogue-${pad(i + 1, 2)}`);
  const tables: Table[] = [];

  const catalogueTable = table('documents/catalogues', ['id', 'name', 'docType', 'date', 'summary', ...SOURCE_COLUMNS]);
  catalogues.forEach((id, i) => {
    catalogueTable.rows.push({
      id,
      name: `Synthetic Source Catalogue ${pad(i + 1, 2)}`,
      docType: 'other',
      date: '2025-01-01',
      summary: 'A made-up register of sources for the synthetic benchmark corpus; nothing in it is real.',
      source: `https://example.org/synthetic/catalogue-${pad(i + 1, 2)}`,
      locator: 'whole catalogue',
    });
  });
  tables.push(catalogueTable);

  const states = statesOf(plan, rng.fork('states'), catalogues, tables);
  const organisations = organisationsOf(plan, rng.fork('organisations'), catalogues, tables);
  const instruments = instrumentsOf(plan, rng.fork('instruments'), catalogues, organisations, tables);
  const duties = dutiesOf(plan, rng.fork('duties'), catalogues, tables);
  const cases = casesOf(plan, rng.fork('cases'), catalogues, tables);
  const indexes = indexesOf(plan, rng.fork('indexes'), catalogues, tables);
  const events = eventsOf(plan, rng.fork('events'), catalogues, tables);
  const positionDocs = positionDocsOf(plan, rng.fork('position-docs'), catalogues, states, organisations, tables);
  return { catalogues, states, organisations, instruments, duties, cases, indexes, events, positionDocs, tables };
}

function statesOf(plan: CorpusPlan, rng: Rng, catalogues: string[], tables: Table[]): Named[] {
  const t = table('states/states', ['id', 'iso3', 'name', 'region', 'subregion', 'unStatus', 'summary', ...SOURCE_COLUMNS]);
  const out: Named[] = [];
  for (let i = 0; i < plan.states; i++) {
    const code = stateCode(i);
    const name = `Synthetic State ${pad(i + 1, 4)}`;
    const region = rng.pick(REGIONS);
    t.rows.push({
      id: `state:${code}`,
      iso3: code,
      name,
      region,
      subregion: `Synthetic ${region} ${rng.int(1, 4)}`,
      unStatus: rng.chance(0.02) ? 'observer' : 'member',
      ...catalogueSource(catalogues, i, 'states'),
    });
    out.push({ id: `state:${code}`, name });
  }
  tables.push(t);
  return out;
}

function organisationsOf(plan: CorpusPlan, rng: Rng, catalogues: string[], tables: Table[]): Organisation[] {
  const t = table('organisations/organisations', ['id', 'name', 'acronym', 'orgType', 'parent', 'founded', 'summary', ...SOURCE_COLUMNS]);
  const out: Organisation[] = [];
  for (let i = 0; i < plan.organisations; i++) {
    const id = synId('org', i + 1, 4);
    // The first organisation is the hub every state belongs to (the role of the UN General
    // Assembly in the real data): the neighbourhood caps and path hub-skipping need one.
    const [orgType, word] = i === 0 ? (['intergovernmental', 'Universal Assembly'] as const) : rng.pick(ORG_TYPES);
    const name = `Synthetic ${word} ${pad(i + 1, 4)}`;
    const acronym = `SYO${pad(i + 1, 4)}`;
    const founded = rng.date(1945, 2015);
    const parent = i > 0 && orgType !== 'regional' && rng.chance(0.3) ? out[rng.int(0, Math.min(i, 5) - 1)]!.id : undefined;
    t.rows.push({ id, name, acronym, orgType, parent, founded, summary: i === 0 ? 'Synthetic hub: every synthetic state is a member.' : undefined, ...catalogueSource(catalogues, i, 'organisations') });
    out.push({ id, name, acronym, orgType, founded });
  }
  tables.push(t);
  return out;
}

function instrumentsOf(plan: CorpusPlan, rng: Rng, catalogues: string[], orgs: Organisation[], tables: Table[]): Instrument[] {
  const t = table('instruments/instruments', ['id', 'name', 'instrumentType', 'binding', 'symbol', 'adopted', 'openedForSignature', 'entryIntoForce', 'adoptedBy', ...SOURCE_COLUMNS]);
  const out: Instrument[] = [];
  const weights = INSTRUMENT_TYPES.map((x) => [x, x[3]] as const);
  for (let i = 0; i < plan.instruments; i++) {
    const [instrumentType, word, letter] = rng.weighted(weights);
    const binding = instrumentType === 'treaty' || instrumentType === 'protocol';
    const adopted = rng.date(1985, 2023);
    const opened = binding ? addDays(adopted, rng.int(0, 60)) : undefined;
    const entryIntoForce = opened && rng.chance(0.85) ? clampDate(addDays(opened, rng.int(200, 1500))) : undefined;
    const ins: Instrument = {
      id: synId('instrument', i + 1, 4),
      name: `Synthetic ${word} ${pad(i + 1, 4)}`,
      instrumentType,
      binding,
      symbol: `SYN-${letter}-${pad(i + 1, 4)}`,
      adopted,
      opened,
      entryIntoForce,
      adoptedBy: rng.pick(orgs).id,
    };
    t.rows.push({ ...ins, openedForSignature: opened, ...catalogueSource(catalogues, i, 'instruments') });
    out.push(ins);
  }
  tables.push(t);
  return out;
}

function dutiesOf(plan: CorpusPlan, rng: Rng, catalogues: string[], tables: Table[]): Named[] {
  const t = table('duties/duties', ['id', 'name', 'dutyType', ...SOURCE_COLUMNS]);
  const out: Named[] = [];
  for (let i = 0; i < plan.duties; i++) {
    const d = { id: synId('duty', i + 1, 4), name: `Synthetic Duty ${pad(i + 1, 4)}` };
    t.rows.push({ ...d, dutyType: rng.pick(DUTY_TYPES), ...catalogueSource(catalogues, i, 'duties') });
    out.push(d);
  }
  tables.push(t);
  return out;
}

function casesOf(plan: CorpusPlan, rng: Rng, catalogues: string[], tables: Table[]): (Named & { decided: string })[] {
  const t = table('cases/cases', ['id', 'name', 'court', 'decided', 'citation', ...SOURCE_COLUMNS]);
  const out: (Named & { decided: string })[] = [];
  for (let i = 0; i < plan.cases; i++) {
    const c = { id: synId('case', i + 1, 4), name: `Synthetic Case ${pad(i + 1, 4)}`, decided: rng.date(1920, 2024) };
    t.rows.push({ ...c, court: `Synthetic Court ${rng.int(1, 3)}`, citation: `Synthetic Reports ${c.decided.slice(0, 4)}, p. ${rng.int(1, 900)}`, ...catalogueSource(catalogues, i, 'cases') });
    out.push(c);
  }
  tables.push(t);
  return out;
}

function indexesOf(plan: CorpusPlan, rng: Rng, catalogues: string[], tables: Table[]): (Named & { year: number })[] {
  const t = table('indexes/indexes', ['id', 'name', 'publisher', 'year', ...SOURCE_COLUMNS]);
  const out: (Named & { year: number })[] = [];
  for (let i = 0; i < plan.indexes; i++) {
    const x = { id: synId('index', i + 1, 2), name: `Synthetic Cyber Capability Index ${pad(i + 1, 2)}`, year: rng.int(2010, 2024) };
    t.rows.push({ ...x, publisher: 'Synthetic Institute', ...catalogueSource(catalogues, i, 'indexes') });
    out.push(x);
  }
  tables.push(t);
  return out;
}

function eventsOf(plan: CorpusPlan, rng: Rng, catalogues: string[], tables: Table[]): (Named & { date: string })[] {
  const t = table('events/events', ['id', 'name', 'date', 'eventType', ...SOURCE_COLUMNS]);
  const out: (Named & { date: string })[] = [];
  for (let i = 0; i < plan.events; i++) {
    const e = { id: synId('event', i + 1, 4), name: `Synthetic Incident ${pad(i + 1, 4)}`, date: rng.date(2000, 2025) };
    t.rows.push({ ...e, date: clampDate(e.date), eventType: rng.pick(['incident', 'adoption', 'attribution', 'sanction']), ...catalogueSource(catalogues, i, 'events') });
    out.push({ ...e, date: clampDate(e.date) });
  }
  tables.push(t);
  return out;
}

/** National positions (by states) and common positions (by regional organisations). */
function positionDocsOf(plan: CorpusPlan, rng: Rng, catalogues: string[], states: Named[], orgs: Organisation[], tables: Table[]): PositionDoc[] {
  const t = table('documents/positions', ['id', 'name', 'docType', 'date', 'issuer', ...SOURCE_COLUMNS]);
  const out: PositionDoc[] = [];
  const add = (issuer: Named, docType: string) => {
    const n = out.length + 1;
    // The title names the issuer, so entity linking derives a link from the document to it.
    const doc: PositionDoc = { id: synId('document', n, 6), name: `Position ${pad(n, 6)} of ${issuer.name} on international law in cyberspace`, issuer: issuer.id, date: rng.date(2012, 2025) };
    doc.date = clampDate(doc.date);
    t.rows.push({ ...doc, docType, ...catalogueSource(catalogues, n - 1, 'positions') });
    out.push(doc);
  };
  const [min, max] = plan.positionDocsPerState;
  for (const state of states) for (let k = rng.int(min, max); k > 0; k--) add(state, 'position-statement');
  for (const org of orgs) if (org.orgType === 'regional' && rng.chance(0.6)) add(org, 'common-position');
  tables.push(t);
  return out;
}
