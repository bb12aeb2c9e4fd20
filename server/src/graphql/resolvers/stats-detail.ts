/**
 * The parts of `stats` a curator or a reviewer asks for: positions per rule, the holders behind
 * them, and facts by curation status. Resolved only when selected (each is one query).
 */
import { typesWithStances } from '../../model/vocabulary.ts';
import type { Context } from '../context.ts';

/** One read of the positions per request, however many of its fields are asked for. */
const positionRows = new WeakMap<Context, ReturnType<Context['read']>>();
function positionsOf(ctx: Context): ReturnType<Context['read']> {
  let rows = positionRows.get(ctx);
  if (!rows) positionRows.set(ctx, (rows = ctx.read('queries/stats-positions', { types: typesWithStances('position') })));
  return rows;
}

export const statsDetailResolvers = {
  Stats: {
    positionsByRule: async (_: unknown, _args: unknown, ctx: Context) => {
      const rows = await positionsOf(ctx);
      return rows.map((r) => ({ duty: ctx.loaders.entity.load(String(r.duty)), positions: Number(r.positions), holders: Number(r.holders) }));
    },
    holdersWithPositions: async (_: unknown, _args: unknown, ctx: Context) => {
      const rows = await positionsOf(ctx);
      return new Set(rows.flatMap((r) => (r.holderIds as string[]) ?? [])).size;
    },
    factsByCuration: async (_: unknown, _args: unknown, ctx: Context) => {
      const rows = await ctx.read('queries/stats-curation', {});
      return rows.map((r) => ({ what: String(r.what).toUpperCase(), curation: r.curation ?? null, count: Number(r.count) }));
    },
  },
};
