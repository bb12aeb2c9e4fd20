/**
 * `neighbourhood(id, depth, kinds, relationshipTypes, stances, years, limit, asOf)`: the subgraph
 * around an entity, breadth first, ready for Cytoscape.
 *
 * Two caps keep it readable and cheap: each entity shows at most CAPS.neighbourhoodPerEntity
 * relationships (the most normative types first); the rest are reported in `capped` with how
 * many neighbours they hide. And the whole subgraph stops at `limit` nodes. Either sets
 * `truncated`. One query per level (so at most three), whatever the size of the hubs.
 */
import { dateStatus, type DateStatus } from '../../law/dates.ts';
import { isDatedKind, isDatedType, RELATIONSHIP, RELATIONSHIP_TYPES } from '../../model/vocabulary.ts';

const DATE_STATUSES: DateStatus[] = ['KNOWN', 'UNKNOWN', 'UNCERTAIN', 'TIMELESS'];
import type { Context } from '../context.ts';
import { apiError } from '../errors.ts';
import { checkId, checkList, checkRange, checkTypes, checkYears, startOfDate } from '../limits/args.ts';
import { CAPS } from '../limits/caps.ts';
import { evidenceOf, publicProperties, toEntity, toStance, type EntityRecord } from '../model.ts';

/** Which relationships a capped hub shows first: the ones that say who is bound by what. */
export const TYPE_RANK: Record<string, number> = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, RELATIONSHIP[t].rank]));

/**
 * The step query for these filters. Without any filter, the planned one: it reads the degrees
 * ingestion stored per type and expands only the types that fit under the cap, so a hub costs
 * what it shows (neighbourhood-step-planned.cypher). A filter changes which relationships count,
 * so a filtered step walks and filters them (neighbourhood-step.cypher). Same rows either way.
 */
export function stepQuery(filters: { types: unknown; kinds: unknown; stances: unknown; years: unknown; asOf: unknown }): string {
  const unfiltered = Object.values(filters).every((v) => v === null || v === undefined);
  return unfiltered ? 'queries/neighbourhood-step-planned' : 'queries/neighbourhood-step';
}

interface NeighbourhoodArgs {
  id: string;
  depth?: number | null;
  kinds?: string[] | null;
  relationshipTypes?: string[] | null;
  stances?: string[] | null;
  years?: number[] | null;
  limit?: number | null;
  asOf?: string | null;
}

interface StepEdge {
  type: string;
  start: string;
  props: Record<string, unknown>;
  other: unknown;
  otherDegree: number;
}

export async function neighbourhood(_: unknown, args: NeighbourhoodArgs, ctx: Context) {
  const id = checkId('id', args.id);
  const depth = checkRange('depth', args.depth, CAPS.neighbourhoodDepth, 1);
  const limit = checkRange('limit', args.limit, CAPS.neighbourhoodLimit, 150);
  const filters = {
    types: checkTypes('relationshipTypes', args.relationshipTypes),
    kinds: checkList('kinds', args.kinds),
    stances: checkList('stances', args.stances),
    years: checkYears('years', args.years),
    asOf: startOfDate(args.asOf),
  };
  // No separate lookup of the centre: the first step returns it (one round trip for depth 1).
  const nodes = new Map<string, { entity: EntityRecord; degree: number | null }>();
  const edges = new Map<string, ReturnType<typeof toEdge>>();
  const capped: Array<{ id: string; hidden: number }> = [];
  const expanded: string[] = [];
  let countsByKind: Array<{ kind: string; count: number }> = [];
  let truncated = false;
  let frontier = [id];

  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const rows = await ctx.read(stepQuery(filters), { ...filters, frontier, cap: CAPS.neighbourhoodPerEntity, typeRank: TYPE_RANK });
    expanded.push(...frontier);
    const next: string[] = [];
    if (level === 1) {
      const focus = ctx.loaders.prime(toEntity(rows[0]?.node));
      if (!focus) throw apiError('NOT_FOUND', `No entity has the id ${JSON.stringify(id)}.`, { argument: 'id' });
      nodes.set(id, { entity: focus, degree: null });
    }
    for (const row of rows) {
      const fromId = String(row.id);
      const here = nodes.get(fromId);
      if (here) here.degree = Number(row.degree ?? 0);
      const keptOthers = new Set<string>();
      for (const edge of (row.edges ?? []) as StepEdge[]) {
        const other = toEntity(edge.other);
        if (!other) continue;
        keptOthers.add(other.id);
        if (!nodes.has(other.id)) {
          if (nodes.size >= limit) {
            truncated = true;
            continue;
          }
          nodes.set(other.id, { entity: ctx.loaders.prime(other)!, degree: Number(edge.otherDegree ?? 0) });
          next.push(other.id);
        }
        const key = String(edge.props?.key ?? `${edge.type}|${edge.start}|${other.id}`);
        if (!edges.has(key)) edges.set(key, toEdge(key, edge, fromId, other.id, filters.asOf));
      }
      const hidden = Number(row.neighbourCount ?? 0) - keptOthers.size;
      if (hidden > 0) {
        capped.push({ id: fromId, hidden });
        truncated = true;
      }
      if (level === 1 && fromId === id) countsByKind = (row.countsByKind ?? []) as typeof countsByKind;
    }
    frontier = next;
  }
  if (depth > 1 && expanded.length > 1) {
    const rows = await ctx.read('queries/neighbourhood-counts', { ...filters, ids: expanded, focus: id });
    countsByKind = rows.map((r) => ({ kind: String(r.kind), count: Number(r.count) }));
  }
  countsByKind.sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));

  const drawnEdges = [...edges.values()];
  const dateCounts = Object.fromEntries(DATE_STATUSES.map((d) => [d, drawnEdges.filter((e) => e.dateStatus === d).length]));
  return {
    nodes: [...nodes.values()].map(({ entity, degree }) => ({
      id: entity.id,
      kind: entity.kind,
      label: entity.name,
      degree,
      entity,
      dateStatus: dateStatus(entity.validFrom == null ? null : String(entity.validFrom), isDatedKind(entity.kind), filters.asOf),
    })),
    edges: drawnEdges,
    dateCounts,
    truncated,
    countsByKind,
    capped,
  };
}

function toEdge(key: string, edge: StepEdge, fromId: string, otherId: string, asOf: string | null) {
  const props = edge.props ?? {};
  const outgoing = edge.start === fromId;
  const validFrom = props.validFrom == null ? null : String(props.validFrom);
  return {
    dateStatus: dateStatus(validFrom, isDatedType(edge.type), asOf),
    id: key,
    source: outgoing ? fromId : otherId,
    target: outgoing ? otherId : fromId,
    type: edge.type,
    stance: toStance(props.stance),
    validFrom: props.validFrom ?? null,
    validTo: props.validTo ?? null,
    properties: publicProperties(props),
    evidence: evidenceOf(props),
  };
}

export const subgraphResolvers = {
  GraphNode: {
    // Every node's degree is known from the step queries except a node at the last level that
    // was never expanded, which has it from the edge row; the loader is the fallback.
    degree: (n: { id: string; degree: number | null }, _args: unknown, ctx: Context) => n.degree ?? ctx.loaders.degree.load(n.id),
  },
};
