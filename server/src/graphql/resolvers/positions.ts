/**
 * `positions(duty, stance, asOf)`: who holds what on a norm; `compare(ids, duties, asOf)`: the
 * positions of several actors side by side, one cell per actor and duty (empty cells included,
 * since "no known position" is information too).
 */
import { stanceEnum, stancesOf, typesWithStances } from '../../model/vocabulary.ts';
import type { Context } from '../context.ts';
import { apiError, badInput } from '../errors.ts';
import { checkId, checkIds, checkRange, startOfDate } from '../limits/args.ts';
import { CAPS } from '../limits/caps.ts';
import { evidenceOf, toEntity, toStance, type EntityRecord, type EvidenceRecord, type StanceValue } from '../model.ts';

const POSITION_STANCES = new Set<string>(stancesOf('position'));
const POSITION_TYPES = typesWithStances('position');

export interface PositionRecord {
  holder: EntityRecord;
  duty: EntityRecord;
  stance: StanceValue;
  date: string | null;
  documentId: string | null;
  paragraph: string | null;
  note: string | null;
  evidence: EvidenceRecord[];
}

function toPosition(holder: EntityRecord, duty: EntityRecord, props: Record<string, unknown>): PositionRecord | null {
  const stance = toStance(props.stance);
  if (!stance) return null;
  const s = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));
  return {
    holder,
    duty,
    stance,
    date: s(props.date),
    documentId: s(props.document),
    paragraph: s(props.paragraph),
    note: s(props.note),
    evidence: evidenceOf(props),
  };
}

async function mustExist(ctx: Context, argument: string, ids: string[]): Promise<EntityRecord[]> {
  const found = await ctx.loaders.entity.loadMany(ids);
  // A failed lookup (e.g. Neo4j is down) is that failure, not a missing entity.
  const failure = found.find((f) => f instanceof Error);
  if (failure) throw failure;
  const missing = ids.filter((_, i) => !found[i]);
  if (missing.length) throw apiError('NOT_FOUND', `No entity has the id ${missing.map((m) => JSON.stringify(m)).join(', ')}.`, { argument });
  return found as EntityRecord[];
}

export async function positions(_: unknown, args: { duty: string; stance?: string | null; asOf?: string | null; first?: number | null }, ctx: Context) {
  const dutyId = checkId('duty', args.duty);
  const first = checkRange('first', args.first, CAPS.positionsFirst, 200);
  if (args.stance && !POSITION_STANCES.has(args.stance)) {
    throw badInput('stance', `Positions have the stances ${[...POSITION_STANCES].map(stanceEnum).join(', ')}.`);
  }
  const [duty] = await mustExist(ctx, 'duty', [dutyId]);
  const rows = await ctx.read('queries/positions', { types: POSITION_TYPES, duty: dutyId, stance: args.stance ?? null, asOf: startOfDate(args.asOf), limit: first });
  return rows.flatMap((row) => {
    const holder = ctx.loaders.prime(toEntity(row.holder));
    const p = holder ? toPosition(holder, duty!, (row.props ?? {}) as Record<string, unknown>) : null;
    return p ? [p] : [];
  });
}

export async function compare(_: unknown, args: { ids: string[]; duties?: string[] | null; asOf?: string | null }, ctx: Context) {
  const ids = checkIds('ids', args.ids, CAPS.compareIds)!;
  const dutyIds = checkIds('duties', args.duties, CAPS.compareDuties);
  const actors = await mustExist(ctx, 'ids', ids);
  const givenDuties = dutyIds ? await mustExist(ctx, 'duties', dutyIds) : null;
  const rows = await ctx.read('queries/compare', { types: POSITION_TYPES, ids, duties: dutyIds, asOf: startOfDate(args.asOf) });
  const duties = new Map<string, EntityRecord>((givenDuties ?? []).map((d) => [d.id, d]));
  const cells = new Map<string, PositionRecord[]>();
  const actorById = new Map(actors.map((a) => [a.id, a]));
  for (const row of rows) {
    const duty = ctx.loaders.prime(toEntity(row.duty));
    const holder = actorById.get(String(row.holder));
    if (!duty || !holder) continue;
    if (!duties.has(duty.id)) duties.set(duty.id, duty);
    const p = toPosition(holder, duty, (row.props ?? {}) as Record<string, unknown>);
    if (!p) continue;
    const k = `${holder.id}\u0000${duty.id}`;
    cells.set(k, [...(cells.get(k) ?? []), p]);
  }
  const dutyList = [...duties.values()];
  return {
    actors,
    duties: dutyList,
    cells: actors.flatMap((actor) => dutyList.map((duty) => ({ actor, duty, positions: cells.get(`${actor.id}\u0000${duty.id}`) ?? [] }))),
  };
}

export const positionResolvers = {
  Position: {
    document: (p: PositionRecord, _args: unknown, ctx: Context) => (p.documentId ? ctx.loaders.entity.load(p.documentId) : null),
  },
};
