/**
 * Checks of what the curated data must hold for a lawyer to cite it (issue 13, "Must show"), as
 * pure functions over the validated records of a data folder (no database): each returns the
 * offenders as `file:line id: what is wrong`, so that a failing test names every one of them.
 * tests/integration/data-quality.test.ts runs them on data/ and on records made bad on purpose.
 */
import path from 'node:path';
import { SEED_TEXTS } from '../../server/src/ingest/index.ts';
import { readDataFolder } from '../../server/src/ingest/read.ts';
import { validateRecords, type ValidNode, type ValidRelation } from '../../server/src/ingest/validate.ts';
import { TYPE_FOR } from '../../server/src/model/vocabulary.ts';

export interface Dataset {
  nodes: ValidNode[];
  relations: ValidRelation[];
}

interface Source {
  source: string;
  locator: string;
  quote?: string;
  curation: string;
}

type Rec = Record<string, unknown> & { id?: string; sources?: Source[] };

/** The validated records of a data folder; throws with the validation errors if it has any. */
export function loadDataset(dataDir: string): Dataset {
  const read = readDataFolder(dataDir, {});
  const v = validateRecords(read.records, read.errors, { seedsDir: path.join(dataDir, SEED_TEXTS) });
  if (v.errors.length) throw new Error(`${dataDir} does not validate (${v.errors.length} errors); run npm run ingest -- --plan`);
  return { nodes: v.nodes, relations: v.relations };
}

const rec = (x: ValidNode | ValidRelation): Rec => x.record as unknown as Rec;
const where = (x: ValidNode | ValidRelation): string => `${x.raw.file}:${x.raw.line}`;
const relName = (r: ValidRelation): string => {
  const x = rec(r);
  return `${String(x.type)} ${String(x.from)} -> ${String(x.to)}`;
};
const isUrl = (s: unknown): boolean => typeof s === 'string' && /^https?:\/\/\S+$/.test(s);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

function index(ds: Dataset): Map<string, ValidNode> {
  return new Map(ds.nodes.map((n) => [String(rec(n).id), n]));
}

/** The position types (own position, recorded silence), read from the model by role. */
export const POSITION_TYPES: string[] = [TYPE_FOR.position, TYPE_FOR.silence];

/**
 * Every position and recorded silence rests on a dated text one can open: a position's `document`
 * must exist with a `date` and a `url`; a relationship without a document (a silence) needs its own
 * `date` and a source that is a URL or a Document with a `url`.
 */
export function positionsWithoutDatedUrl(ds: Dataset): string[] {
  const byId = index(ds);
  const out: string[] = [];
  for (const r of ds.relations) {
    const x = rec(r);
    if (!POSITION_TYPES.includes(String(x.type))) continue;
    const docId = str(x.document);
    if (docId) {
      const doc = byId.get(docId);
      const d = doc ? rec(doc) : null;
      const missing = !d ? ['the document does not exist'] : [!str(d.date) && 'no date', !isUrl(d.url) && 'no url'].filter((m): m is string => !!m);
      if (missing.length) out.push(`${where(r)} ${relName(r)}: document ${docId} (${doc ? where(doc) : '?'}) has ${missing.join(' and ')}`);
      continue;
    }
    const urlSource = (x.sources ?? []).some((s) => isUrl(s.source) || isUrl(byId.get(s.source) && rec(byId.get(s.source)!).url));
    const missing = [!str(x.date) && 'no date', !urlSource && 'no source with a URL'].filter((m): m is string => !!m);
    if (missing.length) out.push(`${where(r)} ${relName(r)}: no document, and ${missing.join(' and ')}`);
  }
  return out;
}

/** Every record with its sources: entities and relationships alike. */
function* sourced(ds: Dataset): Generator<{ x: ValidNode | ValidRelation; label: string; sources: Source[] }> {
  for (const n of ds.nodes) yield { x: n, label: String(rec(n).id), sources: rec(n).sources ?? [] };
  for (const r of ds.relations) yield { x: r, label: relName(r), sources: rec(r).sources ?? [] };
}

/** Every `primary` source says where in the holder's own text: a quote, or a locator (not blank). */
export function primaryWithoutQuoteOrLocator(ds: Dataset): string[] {
  const out: string[] = [];
  for (const { x, label, sources } of sourced(ds))
    sources.forEach((s, i) => {
      if (s.curation === 'primary' && !str(s.quote) && !str(s.locator)) out.push(`${where(x)} ${label}: sources[${i}] (${s.source}) is primary with neither quote nor locator`);
    });
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words that name a holder, read from its own record: name, official name, aliases and
 * demonyms (matched without case), and its codes, ISO 3166 alpha-2/alpha-3 or acronym (matched
 * with case, so that "US" is not "us"). Whole words only.
 */
export function holderNamePattern(holder: Rec): { words: RegExp | null; codes: RegExp | null } {
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : typeof v === 'string' && v ? [v] : []);
  const words = [...list(holder.name), ...list(holder.officialName), ...list(holder.aliases), ...list(holder.demonyms)].filter((w) => w.trim().length > 1);
  const codes = [...list(holder.iso3), ...list(holder.iso2), ...list(holder.acronym)].filter((w) => w.trim().length > 1);
  const alt = (ws: string[]) => ws.map((w) => escape(w.trim())).sort((a, b) => b.length - a.length).join('|');
  return {
    words: words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(words)})(?![\\p{L}\\p{N}])`, 'iu') : null,
    codes: codes.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(codes)})(?![\\p{L}\\p{N}])`, 'u') : null,
  };
}

/** "U.K." and "U.S." are the codes UK and US written with stops. */
const undot = (text: string): string => text.replace(/\b((?:\p{Lu}\.){2,})/gu, (m) => m.replace(/\./g, ''));

export function namesHolder(text: string, holder: Rec): boolean {
  const { words, codes } = holderNamePattern(holder);
  const t = undot(text);
  return !!(words?.test(t) || codes?.test(t));
}

/**
 * Secondary evidence must name its holder: for every position or recorded silence (the facts a
 * holder is said to hold), each `secondary` source's quote or locator names the holder (see
 * `namesHolder`). A source that is an entity in the graph whose own name names the holder counts
 * too (a Document titled after its issuer).
 */
export function secondaryNotNamingHolder(ds: Dataset): string[] {
  const byId = index(ds);
  const out: string[] = [];
  for (const r of ds.relations) {
    const x = rec(r);
    if (!POSITION_TYPES.includes(String(x.type))) continue;
    const holderNode = byId.get(String(x.from));
    if (!holderNode) continue;
    const holder = rec(holderNode);
    (x.sources ?? []).forEach((s, i) => {
      if (s.curation !== 'secondary') return;
      const entity = byId.get(s.source);
      const text = [s.quote ?? '', s.locator, entity ? String(rec(entity).name ?? rec(entity).title ?? '') : ''].join(' \n ');
      if (!namesHolder(text, holder)) out.push(`${where(r)} ${relName(r)}: sources[${i}] (${s.source}) is secondary and its quote and locator do not name ${String(holder.name)}`);
    });
  }
  return out;
}

/** Organisations of the UN system: `orgType` un-*, or a `parent` chain that reaches one (or org:un's kind of root). */
export function unBodies(ds: Dataset): Set<string> {
  const orgs = new Map(ds.nodes.filter((n) => n.kind === 'Organisation').map((n) => [String(rec(n).id), rec(n)]));
  const isUn = (id: string, seen = new Set<string>()): boolean => {
    const o = orgs.get(id);
    if (!o || seen.has(id)) return false;
    seen.add(id);
    if (String(o.orgType ?? '').startsWith('un-')) return true;
    // The UN itself is the parent of its principal organs: a body whose children are UN organs is the UN.
    if ([...orgs.values()].some((c) => c.parent === id && String(c.orgType ?? '').startsWith('un-'))) return true;
    return typeof o.parent === 'string' && isUn(o.parent, seen);
  };
  return new Set([...orgs.keys()].filter((id) => isUn(id)));
}

/** undocs.org serves UN documents by their symbol: a text linked there is a UN document. */
const UN_DOCUMENT_URL = /^https?:\/\/(?:www\.)?undocs\.org\//;

/**
 * Every UN document has its symbol: a Document issued by, or an Instrument adopted by, a body of
 * the UN system (`unBodies`), a Document whose `docType` is `submission` (a text submitted to a
 * UN body, e.g. a national contribution to a GGE or OEWG compendium), or one linked at undocs.org.
 */
export function unDocumentsWithoutSymbol(ds: Dataset): string[] {
  const un = unBodies(ds);
  const out: string[] = [];
  for (const n of ds.nodes) {
    if (n.kind !== 'Document' && n.kind !== 'Instrument') continue;
    const x = rec(n);
    const body = String(x.issuer ?? x.adoptedBy ?? '');
    const why = un.has(body) ? `of ${body}` : x.docType === 'submission' ? 'docType submission' : UN_DOCUMENT_URL.test(String(x.url ?? '')) ? 'linked at undocs.org' : null;
    if (why && !str(x.symbol)) out.push(`${where(n)} ${String(x.id)}: a UN document (${why}) without a symbol`);
  }
  return out;
}

/** Every State and Organisation has a Wikidata QID. */
export function actorsWithoutQid(ds: Dataset): string[] {
  return ds.nodes.filter((n) => (n.kind === 'State' || n.kind === 'Organisation') && !str(rec(n).wikidata)).map((n) => `${where(n)} ${String(rec(n).id)} (${String(rec(n).name)}): no wikidata QID`);
}
