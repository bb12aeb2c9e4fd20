/**
 * `entity(id)`, `entities(kind, first, after)` and `stats`: reading entities by id, listing them
 * page by page, and counting what the graph holds.
 */
import type { Context } from '../context.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { checkId, checkRange } from '../limits/args.ts';
import { CAPS } from '../limits/caps.ts';
import { KINDS, RELATIONSHIP_TYPES } from '../../model/vocabulary.ts';
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
  const byLabel = countsOf(row?.nodesByLabel, 'label');
  const byType = countsOf(row?.relationshipsByType, 'type');
  // Every kind and type of the model, zero when the graph has none (ingestion stores only
  // declared types, and `RelationshipType` is an enum of exactly those).
  const nodesByKind = KINDS.map((kind) => ({ kind, count: byLabel.get(kind) ?? 0 }));
  const relationshipsByType = RELATIONSHIP_TYPES.map((type) => ({ type, count: byType.get(type) ?? 0 }));
  return {
    nodesByKind,
    relationshipsByType,
    nodeCount: Number(row?.nodeCount ?? 0),
    relationshipCount: Number(row?.relationshipCount ?? 0),
    dataVersion: row?.dataVersion == null ? null : String(row.dataVersion),
    loadedAt: row?.loadedAt == null ? null : String(row.loadedAt),
  };
}

/** `[{label: 'State', count: 195}]` → Map State → 195 (count-store rows). */
function countsOf(list: unknown, key: string): Map<string, number> {
  const rows = (Array.isArray(list) ? list : []) as Array<Record<string, unknown>>;
  return new Map(rows.map((r) => [String(r[key]), Number(r.count ?? 0)]));
}
