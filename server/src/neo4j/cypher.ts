/**
 * Loads the Cypher statements kept as `.cypher` files under `cypher/` (the single home of every
 * query the project runs), once, and caches them.
 *
 * A file may hold several statements separated by `;` at the end of a line (schema files do);
 * `//` comment lines are dropped.
 *
 * `name@n` is the file with the upper bound of its one quantifier `{1,m}` lowered to `n` (1 <= n
 * <= m). Why: Cypher takes no parameter there (`{1,$n}` is not Cypher), and a filter on the length
 * does not bound the search itself: SHORTEST k with `{1,5}` and `size(r) <= 3` goes on to 5 hops
 * whenever fewer than k paths have 3 (paths.cypher at scale 1: 226 ms against 44 ms with `{1,3}`).
 * Only a digit checked here enters the text, so values still travel as parameters.
 *
 * @example
 * const text = cypher('queries/entity');   // cypher/queries/entity.cypher
 * const three = cypher('queries/paths@3'); // paths.cypher searching up to 3 hops
 * const statements = cypherStatements('schema');
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.ts';

const CYPHER_DIR = path.join(ROOT, 'cypher');
const cache = new Map<string, string>();

const QUANTIFIER = /\{1,(\d)\}/g;

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const [file, bound] = name.split('@') as [string, string | undefined];
    text = bound === undefined ? readFile(file) : withUpperBound(cypher(file), bound, name);
    cache.set(name, text);
  }
  return text;
}

function withUpperBound(text: string, bound: string, name: string): string {
  const found = [...text.matchAll(QUANTIFIER)];
  const n = Number(bound);
  if (found.length !== 1) throw new Error(`${name}: the file must have exactly one quantifier {1,m}, it has ${found.length}`);
  if (!/^[1-9]$/.test(bound) || n > Number(found[0]![1])) throw new Error(`${name}: the bound must be a digit from 1 to ${found[0]![1]}`);
  return text.replace(QUANTIFIER, `{1,${n}}`);
}

function readFile(name: string): string {
  return readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

/** The statements of a multi-statement file, in order. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
