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

/** Validates the text (non-blank, bounded) and builds the query. */
export function buildLuceneQuery(text: string): LuceneQuery {
  const trimmed = text.normalize('NFC').trim();
  if (trimmed.length === 0) throw badInput('text', '`text` must contain something to search for; it is empty or blank.');
  if (trimmed.length > CAPS.searchTextLength) {
    throw badInput('text', `\`text\` may be at most ${CAPS.searchTextLength} characters (got ${trimmed.length}).`);
  }
  const words = trimmed.split(/\s+/u).filter(Boolean);
  if (words.length > CAPS.searchTerms) throw badInput('text', `\`text\` may hold at most ${CAPS.searchTerms} words (got ${words.length}).`);
  const escaped = words.map((w) => escapeLucene(OPERATOR.test(w) ? w.toLowerCase() : w));
  const clauses = [...escaped];
  if (words.length > 1) {
    // A phrase: inside quotes only " and \ are special, and escapeLucene handles both.
    clauses.unshift(`"${escaped.join(' ')}"^3`);
  }
  const last = words[words.length - 1]!.toLowerCase();
  const prefix = PLAIN_WORD.test(last) ? last : null;
  // Wildcard terms are not analysed, hence the explicit lower-casing.
  if (prefix) clauses.push(`${prefix}*`);
  return {
    query: clauses.join(' '),
    terms: words.map((w) => w.toLowerCase()),
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
