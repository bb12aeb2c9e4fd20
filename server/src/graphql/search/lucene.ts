/**
 * Turns any user text into a safe Lucene query for the `entity_text` full-text index, and marks
 * where it matched.
 *
 * Safety: every character Lucene's classic query parser treats as syntax is backslash-escaped,
 * and the operator words AND / OR / NOT (operators only in capitals) are lower-cased, which the
 * index's analyser does anyway. So `C++ || "Tallinn" AND NOT x:[* TO *]` is searched as words,
 * never parsed as a query; nothing the user types can reach a field, a range or a wildcard.
 *
 * Ranking and autocomplete: the words are optional clauses (more matching words rank higher);
 * several words also form a boosted phrase; the last word, if it is a plain word of at least 3
 * letters or digits, is added as a prefix (`budap*`) so that text typed so far already finds
 * "Budapest". The prefix is built from the escaped, lower-cased word, never from raw input.
 * Words of letters only (4+) are also fuzzy terms (`kenia~1`), so one typo still finds Kenya.
 * Text in double quotes is a required phrase (`"due diligence"` → `+"due diligence"`).
 * Exact name/acronym/alias matches are put first by the resolver (see {@link exactness}).
 */
import { badInput } from '../errors.ts';
import { CAPS } from '../limits/caps.ts';

// Lucene classic syntax: + - && || ! ( ) { } [ ] ^ " ~ * ? : \ /  (& and | are escaped singly).
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATOR = /^(AND|OR|NOT|TO)$/;
const PLAIN_WORD = /^[\p{L}\p{N}]{3,}$/u;

export function escapeLucene(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

export interface LuceneQuery {
  query: string;
  /** The words, lower-cased, for highlighting. */
  terms: string[];
  /** The last word when it is used as a prefix. */
  prefix: string | null;
}

/** Words of at least this many letters also match with one typo ("Kenia" finds Kenya); longer ones with two. */
const FUZZY_MIN = 4;
const FUZZY_TWO = 8;
const LETTERS = /^\p{L}+$/u;

/**
 * Splits the text into "quoted phrases" and loose words. Only balanced pairs of straight or
 * curly double quotes make phrases; a lone quote stays an ordinary (escaped) character.
 */
export function splitPhrases(text: string): { phrases: string[][]; words: string[] } {
  const phrases: string[][] = [];
  const rest = text.replace(/["“”]([^"“”]*)["“”]/gu, (_m, inner: string) => {
    const ws = inner.split(/\s+/u).filter(Boolean);
    if (ws.length) phrases.push(ws);
    return ' ';
  });
  return { phrases, words: rest.split(/\s+/u).filter(Boolean) };
}

/** Validates the text (non-blank, bounded) and builds the query. */
export function buildLuceneQuery(text: string): LuceneQuery {
  const trimmed = text.normalize('NFC').trim();
  if (trimmed.length === 0) throw badInput('text', '`text` must contain something to search for; it is empty or blank.');
  if (trimmed.length > CAPS.searchTextLength) {
    throw badInput('text', `\`text\` may be at most ${CAPS.searchTextLength} characters (got ${trimmed.length}).`);
  }
  const { phrases, words } = splitPhrases(trimmed);
  const all = [...phrases.flat(), ...words];
  if (all.length > CAPS.searchTerms) throw badInput('text', `\`text\` may hold at most ${CAPS.searchTerms} words (got ${all.length}).`);
  const esc = (w: string): string => escapeLucene(OPERATOR.test(w) ? w.toLowerCase() : w);
  const escaped = words.map(esc);
  // A quoted phrase is required (+): the user asked for those words in that order.
  const clauses = phrases.map((p) => `+"${p.map(esc).join(' ')}"`);
  clauses.push(...escaped);
  if (words.length > 1) {
    // A phrase: inside quotes only " and \ are special, and escapeLucene handles both.
    clauses.unshift(`"${escaped.join(' ')}"^3`);
  }
  // Typo tolerance, from letters-only words (never raw syntax); fuzzy terms are not analysed.
  for (const w of words) {
    if (LETTERS.test(w) && w.length >= FUZZY_MIN && !OPERATOR.test(w)) clauses.push(`${w.toLowerCase()}~${w.length >= FUZZY_TWO ? 2 : 1}`);
  }
  // The prefix: only when the text ends in a loose word (not inside a closed phrase).
  const last = words.length && !/["“”]$/u.test(trimmed) ? words[words.length - 1]!.toLowerCase() : '';
  const prefix = PLAIN_WORD.test(last) ? last : null;
  // Wildcard terms are not analysed, hence the explicit lower-casing.
  if (prefix) clauses.push(`${prefix}*`);
  return {
    query: clauses.join(' '),
    terms: all.map((w) => w.toLowerCase()),
    prefix,
  };
}

export interface Highlight {
  field: string;
  highlight: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The best matching field and its text with the matched words wrapped in «guillemets». Fields
 * are tried in order of importance; a long field is cut to a window around the first match.
 */
export function highlight(fields: Array<{ field: string; text: string | null | undefined }>, q: Pick<LuceneQuery, 'terms' | 'prefix'>): Highlight {
  const words = q.terms.map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((t) => t.length > 0);
  const alternatives = words.map((w) => escapeRegExp(w));
  if (q.prefix) alternatives.push(`${escapeRegExp(q.prefix)}[\\p{L}\\p{N}]*`);
  const pattern = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  for (const { field, text } of fields) {
    if (!text || !pattern) continue;
    pattern.lastIndex = 0;
    const first = pattern.exec(text);
    if (!first) continue;
    const start = Math.max(0, first.index - 60);
    const end = Math.min(text.length, first.index + 140);
    const window = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
    pattern.lastIndex = 0;
    return { field, highlight: window.replace(pattern, (m) => `«${m}»`) };
  }
  // Matched through stemming or folding we cannot reproduce: show the name, unmarked.
  const name = fields[0]?.text ?? '';
  return { field: fields[0]?.field ?? 'name', highlight: name.slice(0, 200) };
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * How exactly an entity answers the text: 0 = its name, acronym or an alias is the text
 * ("UK" → the United Kingdom, "EU" → the European Union), 1 = its name starts with the text,
 * 2 = anything else. Lucene's score cannot say this: a short name that repeats a word outscores
 * the entity that *is* the word.
 */
export function exactness(text: string, names: { name?: unknown; acronym?: unknown; aliases?: unknown }): 0 | 1 | 2 {
  const t = fold(text.replace(/["“”]/gu, ' '));
  if (!t) return 2;
  const aliases = Array.isArray(names.aliases) ? names.aliases : [];
  const forms = [names.name, names.acronym, ...aliases].filter((x): x is string => typeof x === 'string').map(fold);
  if (forms.includes(t)) return 0;
  return typeof names.name === 'string' && fold(names.name).startsWith(t) ? 1 : 2;
}
