/**
 * Opaque pagination cursors. A cursor is base64url of a small JSON array tagged with what it
 * pages through (`e` entities, `r` relationships, `s` standings, `a` attributions), so a client
 * cannot mistake one for an id and a forged or damaged cursor is a clear BAD_USER_INPUT instead of
 * a strange page.
 * They carry keyset positions (the last item's sort key), not offsets: pages stay consistent
 * and deep pages cost no more than the first.
 */
import { badInput } from './errors.ts';
import { CAPS } from './limits/caps.ts';

export type CursorKind = 'e' | 'r' | 's' | 'a';

export function encodeCursor(kind: CursorKind, parts: string[]): string {
  return Buffer.from(JSON.stringify([kind, ...parts]), 'utf8').toString('base64url');
}

export function decodeCursor(kind: CursorKind, cursor: string | null | undefined, argument = 'after', arity = 1): string[] | null {
  if (cursor === null || cursor === undefined) return null;
  const invalid = () => badInput(argument, `\`${argument}\` is not a cursor of this list: pass the \`endCursor\` of the previous page.`);
  if (cursor.length > CAPS.idLength * 2 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(value) || value[0] !== kind || value.length !== arity + 1 || !value.slice(1).every((p) => typeof p === 'string')) throw invalid();
  return value.slice(1) as string[];
}
