/**
 * Entity linking: finds mentions of known entities (states, organisations, instruments,
 * duties, cases, indexes) in titles, abstracts and texts, by name, alias, acronym, official
 * symbol, official name and demonym, and yields `TYPE_FOR.linking` relationships with the passage.
 *
 * Precision comes first (a false link in a legal tool misleads), so:
 * - acronyms and short forms (all capitals, or under 4 letters) match only with exact case:
 *   "US" links the United States, "us" does not;
 * - other forms match case-insensitively, on whole words only, longest form first;
 * - a form that names two entities ("Korean", "Congolese") links neither;
 * - geographic phrases that contain a state's name or demonym but mean a region
 *   ("Latin American", "Indian subcontinent") are consumed without a link.
 * Measured on the labelled set in tests/fixtures/linking (precision and recall printed by
 * server/src/ingest/__tests__/link.test.ts).
 *
 * @example
 * const linker = buildLinker(nodes);
 * linker.find('the 2001 Convention on Cybercrime and the SCO'); // [{ id: 'instrument:budapest-convention', ... }, { id: 'org:sco', ... }]
 */
import { TYPE_FOR, type Kind } from '../model/index.ts';
import type { NodeRow, RelRow } from './normalize.ts';
import { relRow } from './normalize.ts';

const LINKABLE: Kind[] = ['State', 'Organisation', 'Instrument', 'Duty', 'Case', 'Index'];
const FORM_FIELDS = ['name', 'aliases', 'officialName', 'acronym', 'symbol', 'demonyms'];

/** Phrases that contain a linkable form but do not mean that entity. */
export const BLOCKERS = [
  'Latin America', 'Latin American', 'Latin Americans', 'South America', 'South American', 'North America', 'North American',
  'Central America', 'Central American', 'the Americas', 'Indian subcontinent', 'Indian Ocean', 'Arabian Peninsula',
  'Arabian Sea', 'Korean peninsula', 'Korean Peninsula', 'Persian Gulf', 'Gulf of Guinea', 'New Guinea', 'Dominican Order',
  'American Journal', 'American Society', 'European Council', 'Peace and Security Council', 'Council of the European Union', 'UNESCO',
];

export interface Mention {
  id: string;
  form: string;
  start: number;
  end: number;
}

export interface Linker {
  find(text: string): Mention[];
  /** How many surface forms link (after ambiguous ones were dropped). */
  size: number;
}

function isExactCaseForm(form: string): boolean {
  return form.length < 4 || (/[A-Z]/.test(form) && form === form.toUpperCase());
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One regular expression for many forms, shaped as a trie ("budapest(?: convention)?|...") rather
 * than a flat alternation: V8 tries a flat list of 1,000+ names one by one at every position, which
 * made linking 7-10 times slower past ~800 names. Optional tails are greedy, so the longest form
 * wins, and backtracking still falls back to a shorter one when a longer one is not a whole word.
 */
interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

function trieSource(forms: string[]): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const form of forms) {
    let node = root;
    for (const ch of form) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const alts = [...node.children].map(([ch, child]) => escapeRegExp(ch) + emit(child));
    if (!alts.length) return '';
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

function alternation(forms: string[], flags: string): RegExp | undefined {
  if (!forms.length) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${trieSource(forms)})(?![\\p{L}\\p{N}])`, flags);
}

export function buildLinker(nodes: NodeRow[]): Linker {
  const exact = new Map<string, Set<string>>();
  const folded = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, id: string) => {
    const set = map.get(key) ?? new Set<string>();
    set.add(id);
    map.set(key, set);
  };
  for (const node of nodes) {
    if (!LINKABLE.includes(node.kind)) continue;
    for (const field of FORM_FIELDS) {
      const value = node.props[field];
      const forms = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
      for (const raw of forms) {
        const form = raw.trim();
        if (form.length < 2) continue;
        if (isExactCaseForm(form)) add(exact, form, node.id);
        else add(folded, form.toLowerCase(), node.id);
      }
    }
  }
  const resolve = (map: Map<string, Set<string>>, key: string): string | null => {
    const ids = map.get(key);
    return ids && ids.size === 1 ? [...ids][0]! : null;
  };
  const blockers = new Set(BLOCKERS.map((b) => b.toLowerCase()));
  const exactRe = alternation([...exact.keys()], 'gu');
  const foldedRe = alternation([...folded.keys(), ...blockers], 'giu');

  return {
    size: exact.size + folded.size,
    find(text: string): Mention[] {
      const candidates: (Mention & { blocked: boolean })[] = [];
      for (const m of text.matchAll(foldedRe ?? /$^/g)) {
        const key = m[0].toLowerCase();
        const id = blockers.has(key) ? null : resolve(folded, key);
        candidates.push({ id: id ?? '', form: m[0], start: m.index!, end: m.index! + m[0].length, blocked: id === null });
      }
      for (const m of text.matchAll(exactRe ?? /$^/g)) {
        const id = resolve(exact, m[0]);
        candidates.push({ id: id ?? '', form: m[0], start: m.index!, end: m.index! + m[0].length, blocked: id === null });
      }
      // Longest span wins where spans overlap; then the earliest.
      candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const taken: [number, number][] = [];
      const out: Mention[] = [];
      for (const c of candidates) {
        if (taken.some(([s, e]) => c.start < e && s < c.end)) continue;
        taken.push([c.start, c.end]);
        if (!c.blocked) out.push({ id: c.id, form: c.form, start: c.start, end: c.end });
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

/** The sentence around a match, cut at word boundaries to at most ~160 characters each side. */
export function passageAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const sentenceBreak = Math.max(before.lastIndexOf('. ') >= 0 ? before.lastIndexOf('. ') + 2 : 0, before.lastIndexOf('\n') + 1);
  let from = Math.max(sentenceBreak, start - 160);
  if (from > sentenceBreak) from = text.indexOf(' ', from) + 1 || from;
  const afterBreak = text.slice(end).search(/\.\s|\n/);
  const sentenceEnd = afterBreak < 0 ? text.length : end + afterBreak + 1;
  let to = Math.min(sentenceEnd, end + 160);
  if (to < sentenceEnd) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const passage = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > sentenceBreak ? '…' : ''}${passage}${to < sentenceEnd ? '…' : ''}`;
}

const TEXT_FIELDS = ['name', 'abstract', 'text'] as const;

/** Entity-linking relationships from papers and documents to the entities their texts name. */
export function linkMentions(nodes: NodeRow[], linker: Linker = buildLinker(nodes)): RelRow[] {
  const rels: RelRow[] = [];
  for (const node of nodes) {
    if (node.kind !== 'Paper' && node.kind !== 'Document') continue;
    const found = new Map<string, { field: string; passage: string; count: number }>();
    for (const field of TEXT_FIELDS) {
      const text = node.props[field];
      if (typeof text !== 'string') continue;
      for (const m of linker.find(text)) {
        if (m.id === node.id) continue;
        const seen = found.get(m.id);
        if (seen) seen.count++;
        else found.set(m.id, { field: field === 'name' ? 'title' : field, passage: passageAround(text, m.start, m.end), count: 1 });
      }
    }
    for (const [target, { field, passage, count }] of found) {
      rels.push(relRow(TYPE_FOR.linking, node.id, target, `${TYPE_FOR.linking}|${node.id}|${target}|`, { passage, field, count }, [{ source: node.id, locator: field, quote: passage.slice(0, 600), curation: 'inferred' }]));
    }
  }
  return rels;
}
