/**
 * Expanding a hub (issue 15, Hubs): a node with more relationships than a picture can hold (the
 * UN General Assembly: 201) is expanded one relationship type at a time, as Neo4j Bloom offers,
 * with the count of each; what is drawn is ranked by importance, never alphabetically, and the
 * rest is said, not silently dropped. Pure rules here; the menu is panels/expand-menu.ts.
 */
import type { DrawableRelationship } from '../api/queries.ts';
import type { TypeCount } from '../api/hub.ts';
import { relationshipSpec } from '../../../server/src/model/vocabulary.ts';
import { typeLabel, type Kind } from '../types.ts';
import { LABEL_KIND_PRIORITY } from './style.ts';

/**
 * A node with more relationships than this opens the menu instead of expanding at once. Well
 * above ASK_ABOVE: an ordinary node (a state, the European Union) still expands with one click,
 * as before, with the neighbourhood's own cap and "Show more".
 */
export const HUB_DEGREE = 100;
/** Adding more than this many nodes at once is asked about first. */
export const ASK_ABOVE = 50;
/** What one choice draws before asking: the most important this many. */
export const SHOW_FIRST = 40;
/** The most relationships one hub choice reads (ranking needs them all). */
export const READ_MAX = 2000;

/** How the ranking is said to the user (the notice "40 of 193 shown, ranked by …"). */
export const RANKED_BY = 'number of relationships in the atlas';

/**
 * Importance of the other end: its degree (how connected it is in the atlas), then its kind
 * (the law before the commentary), then its name, so the order is stable.
 */
export function rankRelationships(rels: DrawableRelationship[]): DrawableRelationship[] {
  return [...rels].sort(
    (a, b) =>
      (b.other.degree ?? 0) - (a.other.degree ?? 0) ||
      (LABEL_KIND_PRIORITY[b.other.kind as Kind] ?? 0) - (LABEL_KIND_PRIORITY[a.other.kind as Kind] ?? 0) ||
      a.other.name.localeCompare(b.other.name),
  );
}

/** Menu order: most first, then the model's rank of the type (the more normative first). */
export function orderCounts(counts: TypeCount[]): TypeCount[] {
  return [...counts].sort((a, b) => b.count - a.count || (relationshipSpec(a.type)?.rank ?? 99) - (relationshipSpec(b.type)?.rank ?? 99));
}

/** "193 member of this" / "this adopted by 1": the type read from the hub's side, with the count. */
export function describeCount(c: TypeCount): string {
  const label = typeLabel(c.type);
  return c.direction === 'IN' ? `${c.count} · ${label} → this` : `${c.count} · this → ${label}`;
}

/** The kinds at the other end of a type read in that direction (from the model), for the menu. */
export function otherKinds(c: TypeCount): readonly Kind[] {
  const spec = relationshipSpec(c.type);
  if (!spec) return [];
  return c.direction === 'IN' ? spec.from : spec.to;
}

/** What was drawn, out of how many, and how they were chosen: the notice after an expansion. */
export function shownSentence(shown: number, total: number, what: string): string {
  if (shown >= total) return `All ${total} ${what} shown.`;
  return `${shown} of ${total} ${what} shown, ranked by ${RANKED_BY}; ${total - shown} left out.`;
}
