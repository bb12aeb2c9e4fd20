/**
 * `standing(actor, norm, asOf)` and `standings(norm, asOf, first, after)`: where actors stand
 * toward a norm on a day, decided by the rules of server/src/law/ from the facts one query reads
 * (cypher/queries/standing-facts.cypher). This file only maps rows to facts and results to the API.
 */
import { TYPE_FOR } from '../../model/vocabulary.ts';
import { computeStanding, type StandingFacts } from '../../law/index.ts';
import { today } from '../../law/dates.ts';
import type { Context } from '../context.ts';
import { label } from '../explain/labels.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { apiError, badInput } from '../errors.ts';
import { checkId, checkRange } from '../limits/args.ts';
import { evidenceOf, toEntity, type EntityRecord } from '../model.ts';
import type { Loaders } from '../loaders.ts';

type Row = Record<string, unknown>;
const asList = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : []);
/** An entity as the rules' sentences name it ("the African Union", "Iran"): labels.ts decides. */
const ref = (v: unknown) => {
  if (!v || typeof v !== 'object') return null;
  const e = v as StandingFacts['actor'] & Record<string, unknown>;
  return { ...e, name: label({ ...e, aliases: [] } as EntityRecord) };
};
const fact = (props: unknown) => ({ props: (props ?? {}) as Record<string, unknown>, evidence: evidenceOf((props ?? {}) as Record<string, unknown>) });

/** One row of standing-facts.cypher as the facts the rules read. */
export function factsOf(row: Row, asOf: string, statusSources: Row[]): StandingFacts {
  return {
    actor: ref(row.actor)!,
    norm: ref(row.norm)! as StandingFacts['norm'],
    asOf,
    signatures: asList(row.signatures).map(fact),
    parties: asList(row.parties).map(fact),
    positions: asList(row.positions).map((p) => ({ ...fact(p.props), document: ref(p.document) })),
    silences: asList(row.silences).map((s) => ({ ...fact(s.props), duty: ref(s.duty)! })),
    treaties: asList(row.treaties).map((t) => ({ instrument: ref(t.instrument)!, party: fact(t.party), expresses: fact(t.expresses) })),
    organisations: asList(row.organisations).map((o) => ({ organisation: ref(o.organisation)!, membership: fact(o.membership), position: fact(o.position) })),
    practice: asList(row.practice).map((p) => ({
      attribution: ref(p.attribution)!,
      statement: ref(p.statement),
      invokes: fact(p.invokes),
      date: p.date == null ? null : String(p.date),
    })),
    statusSources: statusSources.map((s) => ({
      sourceRef: String(s.sourceRef),
      locator: s.locator == null ? null : String(s.locator),
      count: Number(s.count),
    })),
  };
}

/** The day asked about: a full ISO day (a partial `asOf` is refused: "as of 2020" is not a day). */
function dayOf(asOf: string | null | undefined): string {
  if (asOf === null || asOf === undefined) return today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf))
    throw badInput('asOf', '`asOf` for a standing must be a full day such as 2021-06-30 (a standing holds on a day, not over a month or year).');
  return asOf;
}

function checkNorm(norm: EntityRecord | null, id: string): EntityRecord {
  if (!norm) throw apiError('NOT_FOUND', `No entity has the id ${JSON.stringify(id)}.`, { argument: 'norm' });
  if (norm.kind !== 'Duty' && norm.kind !== 'Instrument')
    throw badInput('norm', '`norm` must be a duty or an instrument id (e.g. duty:due-diligence, instrument:budapest-convention).');
  return norm;
}

function checkActor(actor: EntityRecord | null, id: string): EntityRecord {
  if (!actor) throw apiError('NOT_FOUND', `No entity has the id ${JSON.stringify(id)}.`, { argument: 'actor' });
  if (actor.kind !== 'State' && actor.kind !== 'Organisation')
    throw badInput('actor', '`actor` must be a state or an organisation id (e.g. state:IRN, org:au).');
  return actor;
}

/**
 * Puts every entity a facts row names into the request's loader (the row carries them whole),
 * so resolving a standing's actor, norm and each basis's `via` and `document` reads nothing more.
 */
function primeEntities(loaders: Loaders, row: Row): void {
  const prime = (v: unknown) => loaders.prime(toEntity(v));
  prime(row.actor);
  prime(row.norm);
  for (const p of asList(row.positions)) prime(p.document);
  for (const s of asList(row.silences)) prime(s.duty);
  for (const t of asList(row.treaties)) prime(t.instrument);
  for (const o of asList(row.organisations)) prime(o.organisation);
  for (const p of asList(row.practice)) {
    prime(p.attribution);
    prime(p.statement);
  }
}

/** The facts of several actors toward one norm: one query for the actors, one for the norm's chart. */
async function readFacts(ctx: Context, actors: string[], norm: string): Promise<{ rows: Row[]; statusSources: Row[] }> {
  const [rows, statusSources] = await Promise.all([
    ctx.read('queries/standing-facts', { actors, norm }),
    ctx.read('queries/standing-status-sources', { norm, types: [TYPE_FOR.signature, TYPE_FOR.consent] }),
  ]);
  for (const row of rows) primeEntities(ctx.loaders, row as Row);
  return { rows: rows as Row[], statusSources: statusSources as Row[] };
}

function result(row: Row, asOf: string, ctx: Context, statusSources: Row[]) {
  const facts = factsOf(row, asOf, statusSources);
  return { ...computeStanding(facts), asOf, actorId: facts.actor.id, normId: facts.norm.id, ctx };
}

/**
 * The standing for the memo: when the trace runs from an actor to a norm, the memo states it
 * first. Null for other pairs (a trace between two states has no standing).
 */
export async function standingForTrace(ctx: Context, from: EntityRecord, to: EntityRecord, asOf: string | null | undefined) {
  if (!['State', 'Organisation'].includes(from.kind) || !['Duty', 'Instrument'].includes(to.kind)) return null;
  const day = asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : today();
  const { rows, statusSources } = await readFacts(ctx, [from.id], to.id);
  return rows[0] ? computeStanding(factsOf(rows[0], day, statusSources)) : null;
}

export async function standing(_: unknown, args: { actor: string; norm: string; asOf?: string | null }, ctx: Context) {
  const asOf = dayOf(args.asOf);
  const actorId = checkId('actor', args.actor);
  const normId = checkId('norm', args.norm);
  // The facts first: their row carries the actor and the norm, so a valid pair costs one round
  // trip. No row means the actor or the norm does not exist: the lookups say which.
  const { rows, statusSources } = await readFacts(ctx, [actorId], normId);
  checkNorm(await ctx.loaders.entity.load(normId), normId);
  checkActor(await ctx.loaders.entity.load(actorId), actorId);
  return result(rows[0]!, asOf, ctx, statusSources);
}

const STANDINGS_CAP = { min: 1, max: 250 };

export async function standings(_: unknown, args: { norm: string; asOf?: string | null; first?: number | null; after?: string | null }, ctx: Context) {
  const asOf = dayOf(args.asOf);
  const first = checkRange('first', args.first, STANDINGS_CAP, 250);
  const normId = checkId('norm', args.norm);
  const offset = Number(decodeCursor('s', args.after)?.[0] ?? 0);
  const [normRecord, actorRows] = await Promise.all([ctx.loaders.entity.load(normId), ctx.read('queries/standing-actors', {})]);
  const norm = checkNorm(normRecord, normId);
  const actors = actorRows.map((r) => String(r.id));
  const page = actors.slice(offset, offset + first);
  const { rows, statusSources } = page.length ? await readFacts(ctx, page, norm.id) : { rows: [], statusSources: [] };
  const byId = new Map(rows.map((r) => [String((r.actor as Row).id), r as Row]));
  const nodes = page.flatMap((id) => (byId.has(id) ? [result(byId.get(id)!, asOf, ctx, statusSources)] : []));
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.status, (counts.get(n.status) ?? 0) + 1);
  return {
    edges: nodes.map((node, i) => ({ cursor: encodeCursor('s', [String(offset + i + 1)]), node })),
    pageInfo: { hasNextPage: offset + first < actors.length, endCursor: nodes.length ? encodeCursor('s', [String(offset + nodes.length)]) : null },
    totalCount: actors.length,
    countsByStatus: [...counts].map(([status, count]) => ({ status, count })),
  };
}

type Result = ReturnType<typeof result>;
export const standingResolvers = {
  Standing: {
    actor: (s: Result) => s.ctx.loaders.entity.load(s.actorId),
    norm: (s: Result) => s.ctx.loaders.entity.load(s.normId),
  },
  LegalBasis: {
    via: (b: { via: { id: string } | null }, _: unknown, ctx: Context) => (b.via ? ctx.loaders.entity.load(b.via.id) : null),
    document: (b: { document: { id: string } | null }, _: unknown, ctx: Context) => (b.document ? ctx.loaders.entity.load(b.document.id) : null),
  },
};
