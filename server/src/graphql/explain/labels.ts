/**
 * How an entity is named inside an English sentence: "the African Union", "Kenya", "the
 * Netherlands", "due diligence (cyber)", "the 2024 paper “Practices and Implications…”".
 * Only used for generated prose (explanations, memos, timeline labels); the API's `name` field
 * is always the stored name.
 */
import type { EntityRecord } from '../model.ts';

const MAX = 80;

/** UN-style state names that take an article in running text. */
const STATE_WITH_ARTICLE =
  /^(United |Republic of |Democratic |Central African|Dominican|Marshall|Solomon|Syrian|Lao |Netherlands|Russian|Philippines|Gambia|Bahamas|Comoros|Maldives|Holy See|Czech Republic|State of |Kingdom of |Federated )/;

function cut(text: string, max = MAX): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.-]+$/, '')}…`;
}

/** A shorter alias for very long official names ("Convention on Cybercrime" stays as it is). */
function shortName(e: EntityRecord): string {
  if (e.name.length <= MAX) return e.name;
  const alias = e.aliases.find((a) => a.length >= 6 && a.length <= MAX && a.includes(' '));
  return alias ?? cut(e.name);
}

function lowerFirst(text: string): string {
  // Keep acronyms and proper nouns that open with two capitals ("GGE 2015 norm").
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** The entity as it reads in the middle of a sentence. */
export function label(e: EntityRecord): string {
  switch (e.kind) {
    case 'State': {
      // "Iran (Islamic Republic of)" -> "Iran"; "Netherlands (Kingdom of the)" -> "the Netherlands".
      const name = e.name.replace(/\s*\([^)]*\)\s*$/, '');
      return STATE_WITH_ARTICLE.test(name) ? `the ${name}` : name;
    }
    case 'Organisation':
    case 'Instrument':
    case 'Index': {
      const name = shortName(e);
      return /^(the |General Assembly resolution|[A-Z]{2,}\b)/.test(name) ? name : `the ${name}`;
    }
    case 'Duty':
      return lowerFirst(shortName(e));
    case 'Paper': {
      const year = e.year ? `${String(e.year)} ` : '';
      return `the ${year}paper “${cut(String(e.title ?? e.name))}”`;
    }
    case 'Case':
      return `the ${shortName(e)} case`.replace(/ case case$/i, ' case');
    default:
      return shortName(e);
  }
}

/** The same at the start of a sentence. */
export function labelCapitalised(e: EntityRecord): string {
  const l = label(e);
  return l.charAt(0).toUpperCase() + l.slice(1);
}

/** "which" for things, "who" for people: the relative pronoun that refers back to an entity. */
export function relativePronoun(e: EntityRecord): string {
  return e.kind === 'Person' ? 'who' : 'which';
}
