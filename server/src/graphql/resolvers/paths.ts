/**
 * `paths(from, to, maxLength, relationshipTypes, first, asOf)`: ranked paths with evidence,
 * counter-evidence and explanations (the work is in paths/find.ts).
 */
import type { Context } from '../context.ts';
import { findPaths, type PathsArgs } from '../paths/find.ts';

export function paths(_: unknown, args: PathsArgs, ctx: Context) {
  return findPaths(args, ctx);
}
