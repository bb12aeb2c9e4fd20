/**
 * `relationshipCounts(id, asOf)`: an entity's relationships counted by type and direction, so a
 * client can offer to expand a hub one type at a time ("193 members", "8 resolutions adopted")
 * instead of drawing all of it. A field of its own, apart from the neighbourhood query.
 */
import type { Context } from '../context.ts';
import { checkId, startOfDate } from '../limits/args.ts';

export interface RelationshipTypeCount {
  type: string;
  direction: 'OUT' | 'IN';
  count: number;
}

export async function relationshipCounts(_: unknown, args: { id: string; asOf?: string | null }, ctx: Context): Promise<RelationshipTypeCount[] | null> {
  const rows = await ctx.read('queries/relationship-counts', { id: checkId('id', args.id), asOf: startOfDate(args.asOf) });
  if (!rows.length) return null;
  return rows
    .filter((r) => typeof r.type === 'string')
    .map((r) => ({ type: String(r.type), direction: r.outgoing ? 'OUT' : 'IN', count: Number(r.count) }));
}
