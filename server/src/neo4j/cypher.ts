/**
 * Loads the Cypher statements kept as `.cypher` files under `cypher/` (the single home of every
 * query the project runs), once, and caches them.
 *
 * A file may hold several statements separated by `;` at the end of a line (schema files do);
 * `//` comment lines are dropped.
 *
 * @example
 * const text = cypher('queries/entity');   // cypher/queries/entity.cypher
 * const statements = cypherStatements('schema');
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.ts';

const CYPHER_DIR = path.join(ROOT, 'cypher');
const cache = new Map<string, string>();

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n')
      .trim();
    cache.set(name, text);
  }
  return text;
}

/** The statements of a multi-statement file, in order. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
