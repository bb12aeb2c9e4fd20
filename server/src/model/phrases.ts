/**
 * Small helpers for the sentence templates of `relationships.ts`: a template turns the object's
 * label and the relationship's properties into a verb phrase ("is a party to the Convention on
 * Cybercrime (bound since 2004-07-01)").
 */

export type Props = Readonly<Record<string, unknown>>;
/** A verb phrase about the entity we come from; `o` is the other end's label. */
export type Template = (o: string, p: Props) => string;

export function str(v: unknown): string | null {
  return v === null || v === undefined || v === '' ? null : String(v);
}

/** " (since 1958)" style suffixes: only when the value is there. */
export function paren(text: string | null | undefined): string {
  return text ? ` (${text})` : '';
}

/** " on 2001-11-23", or nothing. */
export function on(date: unknown): string {
  return str(date) ? ` on ${str(date)}` : '';
}

export function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

/** Fills `{o}` in a phrase of a lookup table, falling back to the table's `fallback` entry. */
export function fromTable(
  table: Readonly<Record<string, readonly [string, string]>>,
  key: string | null,
  fallback: string,
  forward: boolean,
  o: string,
): string {
  const pair = table[key ?? ''] ?? table[fallback]!;
  return pair[forward ? 0 : 1].replace('{o}', o);
}
