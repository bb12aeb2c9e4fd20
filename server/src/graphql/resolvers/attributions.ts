/**
 * `attributions(incident, by, to, asOf, first, after)`: who publicly attributed which incident to
 * whom, when, in which statement and invoking which norms; denials are attributions of type
 * `denial` that name nobody. Also the fields that make Attribution, Incident and Response records
 * readable on their own (their incident, actors, statement, norms, victims, targets), resolved from
 * the ids stored on the record through the entity loader, which the query primes.
 *
 * An attribution statement that invokes a norm is evidence of practice, not a position
 * (the `basis` of the type its `invokes` field makes); the SDL says so and the standing counts it only as such.
 *
 * @example
 * attributions(incident: "incident:notpetya", asOf: "2018-02-15") { totalCount edges { node { by { id } confidence } } }
 */
import { RELATIONSHIP, kindOfId, typeDerivedFrom, type Kind } from '../../model/vocabulary.ts';
import type { Context } from '../context.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { apiError, badInput } from '../errors.ts';
import { checkId, checkRange, startOfDate } from '../limits/args.ts';
import { CAPS } from '../limits/caps.ts';
import { toEntity, type EntityRecord } from '../model.ts';

interface AttributionsArgs {
  incident?: string | null;
  by?: string | null;
  to?: string | null;
  asOf?: string | null;
  first?: number | null;
  after?: string | null;
}

// Each filter follows the type ingestion derives from the attribution's field of the same name;
// the kinds it can name are that type's ends (the vocabulary).
const TYPES = {
  incident: typeDerivedFrom('Attribution', 'incident'),
  by: typeDerivedFrom('Attribution', 'by'),
  to: typeDerivedFrom('Attribution', 'to'),
  statement: typeDerivedFrom('Attribution', 'statement'),
  invokes: typeDerivedFrom('Attribution', 'invokes'),
};
const FILTERS = {
  incident: RELATIONSHIP[TYPES.incident].to,
  by: RELATIONSHIP[TYPES.by].to,
  to: RELATIONSHIP[TYPES.to].to,
} satisfies Record<string, readonly Kind[]>;
/** What an item links to besides its incident: its actors, statement and invoked norms. */
const LINKED_TYPES = [TYPES.by, TYPES.to, TYPES.statement, TYPES.invokes];

/** A filter id: well-formed, of a kind the filter can name, and present in the graph. */
async function filterId(ctx: Context, argument: keyof typeof FILTERS, id: string | null | undefined): Promise<string | null> {
  if (id === null || id === undefined) return null;
  checkId(argument, id);
  const kinds: readonly Kind[] = FILTERS[argument];
  const kind = kindOfId(id);
  if (!kind || !kinds.includes(kind)) {
    throw badInput(argument, `\`${argument}\` must be the id of a ${kinds.map((k) => k.toLowerCase()).join(' or ')} (got ${JSON.stringify(id.slice(0, 60))}).`);
  }
  // A failed lookup (Neo4j down) throws its own error; a missing entity is NOT_FOUND, as elsewhere.
  if (!(await ctx.loaders.entity.load(id))) throw apiError('NOT_FOUND', `No entity has the id ${JSON.stringify(id)}.`, { argument });
  return id;
}

export async function attributions(_: unknown, args: AttributionsArgs, ctx: Context) {
  const first = checkRange('first', args.first, CAPS.attributionsFirst, 20);
  const cursor = decodeCursor('a', args.after, 'after', 2);
  const [incident, by, to] = await Promise.all([filterId(ctx, 'incident', args.incident), filterId(ctx, 'by', args.by), filterId(ctx, 'to', args.to)]);
  const rows = await ctx.read('queries/attributions', {
    incidentType: TYPES.incident,
    byType: TYPES.by,
    toType: TYPES.to,
    linkedTypes: LINKED_TYPES,
    incident,
    by,
    to,
    asOf: startOfDate(args.asOf),
    afterDate: cursor?.[0] ?? null,
    afterId: cursor?.[1] ?? null,
    limit: first + 1,
  });
  const nodes: EntityRecord[] = [];
  for (const row of rows) {
    const attribution = ctx.loaders.prime(toEntity(row.attribution));
    if (!attribution) continue;
    // Everything the item's fields point at came with the row: no second round trip.
    ctx.loaders.prime(toEntity(row.incident));
    for (const linked of Array.isArray(row.linked) ? row.linked : []) ctx.loaders.prime(toEntity(linked));
    nodes.push(attribution);
  }
  const page = nodes.slice(0, first);
  const key = (a: EntityRecord) => encodeCursor('a', [typeof a.date === 'string' ? a.date : '', a.id]);
  const last = page[page.length - 1];
  return {
    edges: page.map((node) => ({ cursor: key(node), node })),
    pageInfo: { hasNextPage: nodes.length > first, endCursor: last ? key(last) : null },
    totalCount: Number(rows[0]?.total ?? 0),
  };
}

/** The entity whose id a record stores in `field`, or null. */
function one(field: string) {
  return (e: EntityRecord, _args: unknown, ctx: Context) => {
    const id = e[field];
    return typeof id === 'string' && id ? ctx.loaders.entity.load(id) : null;
  };
}

/** The entities whose ids a record lists in `field`, in the record's order (missing ones dropped). */
function many(field: string) {
  return async (e: EntityRecord, _args: unknown, ctx: Context) => {
    const ids = Array.isArray(e[field]) ? (e[field] as unknown[]).map(String) : [];
    const found = await ctx.loaders.entity.loadMany(ids);
    const failure = found.find((f) => f instanceof Error);
    if (failure) throw failure;
    return found.filter((f): f is EntityRecord => f !== null && !(f instanceof Error));
  };
}

/** Fields of the three kinds, merged by resolvers/index.ts into their entity resolvers. */
export const incidentFields = {
  Attribution: { incident: one('incident'), by: many('by'), to: many('to'), statement: one('statement'), invokes: many('invokes') },
  Incident: { victims: many('victims') },
  Response: { by: many('by'), targets: many('targets'), answers: many('answers'), document: one('document') },
};
