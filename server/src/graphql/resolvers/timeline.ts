/**
 * `timeline(from, to, kinds, first)`: dated happenings in order, each with a label in plain
 * English and its evidence (the relationship's sources, or the entity's for dates stored on it).
 */
import { RELATIONSHIP_EVENTS } from '../../model/vocabulary.ts';
import type { Context } from '../context.ts';
import { badInput } from '../errors.ts';
import { entityEventLabel, relationshipEventLabel } from '../explain/sentences.ts';
import { checkList, checkRange, endOfDate, startOfDate } from '../limits/args.ts';
import { CAPS } from '../limits/caps.ts';
import { evidenceOf, toEntity } from '../model.ts';

/**
 * Relationship events of the model, each with the object's date field whose equal date makes it
 * a repeat: adopting an instrument on its own adoption date is the instrument's adoption event.
 */
export const TIMELINE_EVENTS = RELATIONSHIP_EVENTS.map((e) => ({ ...e, sameAs: e.what === 'adoption' ? 'adopted' : null }));

export async function timeline(_: unknown, args: { from?: string | null; to?: string | null; kinds?: string[] | null; first?: number | null }, ctx: Context) {
  const first = checkRange('first', args.first, CAPS.timelineFirst, 200);
  const kinds = checkList('kinds', args.kinds);
  const from = startOfDate(args.from);
  const to = endOfDate(args.to);
  if (from && to && from > to) throw badInput('to', '`to` must not be before `from`.');
  const rows = await ctx.read('queries/timeline', { from, to, kinds, events: TIMELINE_EVENTS, limit: first });
  return rows.flatMap((row) => {
    const subject = ctx.loaders.prime(toEntity(row.subject));
    if (!subject) return [];
    const object = ctx.loaders.prime(toEntity(row.object));
    const what = String(row.what);
    const relProps = (row.relProps ?? null) as Record<string, unknown> | null;
    const label = relProps && object ? relationshipEventLabel(what, String(row.relType), subject, object, relProps) : entityEventLabel(what, subject, object);
    return [{ date: String(row.date), what, label, subject, object, evidence: evidenceOf(relProps ?? subject) }];
  });
}
