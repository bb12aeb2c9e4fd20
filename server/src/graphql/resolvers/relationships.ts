/**
 * `relationships(direction, types, stances, first, after, asOf)` on every entity: a keyset-paginated
 * connection ordered by the relationship's stable key. `totalCount` costs a second query, run only
 * when a client asks for it.
 */
import type { Context } from '../context.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { checkRange, checkTypes, checkList, startOfDate } from '../limits/args.ts';
import { CAPS } from '../limits/caps.ts';
import { toEntity, toRelationship, type EntityRecord, type RelationshipRecord } from '../model.ts';

export interface RelationshipsArgs {
  direction?: 'OUT' | 'IN' | 'BOTH' | null;
  types?: string[] | null;
  stances?: string[] | null;
  first?: number | null;
  after?: string | null;
  asOf?: string | null;
}

export async function relationshipsResolver(e: EntityRecord, args: RelationshipsArgs, ctx: Context) {
  const first = checkRange('first', args.first, CAPS.relationshipsFirst, 50);
  const after = decodeCursor('r', args.after)?.[0] ?? null;
  const filters = {
    id: e.id,
    direction: args.direction ?? 'BOTH',
    types: checkTypes('types', args.types),
    stances: checkList('stances', args.stances),
    asOf: startOfDate(args.asOf),
  };
  const rows = await ctx.read('queries/relationships', { ...filters, after, limit: first + 1 });
  const records: RelationshipRecord[] = [];
  for (const row of rows.slice(0, first)) {
    const other = ctx.loaders.prime(toEntity(row.other));
    if (!other) continue;
    const props = (row.props ?? {}) as Record<string, unknown>;
    records.push(toRelationship(String(row.type), row.outgoing ? e.id : other.id, props, e.id, other));
  }
  const last = records[records.length - 1];
  return {
    edges: records.map((node) => ({ cursor: encodeCursor('r', [node.key]), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor('r', [last.key]) : null },
    totalCount: async () => {
      const [row] = await ctx.read('queries/relationships-count', filters);
      return Number(row?.total ?? 0);
    },
  };
}

export const relationshipResolvers = {
  Relationship: {
    // Stored relationships read from the other end still resolve the entity through the loader,
    // which the page query primed, so this costs nothing.
    other: (r: RelationshipRecord) => r.other,
  },
};
