/**
 * `entity(id)`, `entities(kind, first, after)` and `stats`: reading entities by id, listing them
 * page by page, and counting what the graph holds.
 */
import type { Context } from '../context.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { checkId, checkRange } from '../limits/args.ts';
import { CAPS } from '../limits/caps.ts';
import { toEntity, type EntityRecord } from '../model.ts';

export async function entity(_: unknown, args: { id: string }, ctx: Context) {
  return ctx.loaders.entity.load(checkId('id', args.id));
}

export async function entities(_: unknown, args: { kind?: string | null; first?: number | null; after?: string | null }, ctx: Context) {
  const first = checkRange('first', args.first, CAPS.entitiesFirst, 20);
  const cursor = decodeCursor('e', args.after, 'after', 2);
  const kind = args.kind ?? null;
  const rows = await ctx.read('queries/entities', { kind, afterName: cursor?.[0] ?? null, afterId: cursor?.[1] ?? null, limit: first + 1 });
  const nodes = rows
    .slice(0, first)
    .map((r) => ctx.loaders.prime(toEntity(r.node)))
    .filter((e): e is EntityRecord => e !== null);
  const last = nodes[nodes.length - 1];
  return {
    edges: nodes.map((node) => ({ cursor: encodeCursor('e', [node.name, node.id]), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor('e', [last.name, last.id]) : null },
    totalCount: async () => {
      const [row] = await ctx.read('queries/entities-count', { kind });
      return Number(row?.total ?? 0);
    },
  };
}

export async function stats(_: unknown, _args: unknown, ctx: Context) {
  const [row] = await ctx.read('queries/stats', {});
  const nodesByKind = (Array.isArray(row?.nodesByKind) ? row.nodesByKind : []) as Array<{ kind: string; count: number }>;
  const relationshipsByType = ((Array.isArray(row?.relationshipsByType) ? row.relationshipsByType : []) as Array<{ type: string; count: number }>)
    // Types the data does not use (yet) are noise in a summary; kinds are a fixed list and stay.
    .filter((t) => t.count > 0);
  return {
    nodesByKind,
    relationshipsByType,
    nodeCount: Number(row?.nodeCount ?? 0),
    relationshipCount: Number(row?.relationshipCount ?? 0),
    dataVersion: row?.dataVersion == null ? null : String(row.dataVersion),
    loadedAt: row?.loadedAt == null ? null : String(row.loadedAt),
  };
}
