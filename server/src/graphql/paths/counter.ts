/**
 * Counter-evidence for the hops of paths: what cuts against a hop. A hop carrying a stance
 * (a position, a paper's view, a citation) is about the entity the relationship points to; the
 * positions, papers and citations of the opposite polarity on that same entity are its counter-
 * evidence. A hop without a stance that arrives at a duty is countered by the negative views of
 * that duty (a path "… which expresses due diligence" meets "Israel treats it as voluntary").
 * One query for all hops of all paths.
 */
import { STANCE_FAMILIES, STANCE_FAMILY, STANCES, stanceSpec, typesWithStances, type StanceFamilySpec } from '../../model/vocabulary.ts';
import type { Context } from '../context.ts';
import { hopSentence } from '../explain/sentences.ts';
import { CAPS } from '../limits/caps.ts';
import { evidenceOf, NEGATIVE_STANCES, toEntity, toStance, type EntityRecord, type EvidenceRecord, type StanceValue } from '../model.ts';

export interface CounterEvidence {
  holder: EntityRecord;
  type: string;
  stance: StanceValue | null;
  target: EntityRecord;
  evidence: EvidenceRecord[];
  sentence: string;
}

export interface HopForCounter {
  key: string;
  type: string;
  stance: StanceValue | null;
  /** Stored start and end of the relationship. */
  start: EntityRecord;
  end: EntityRecord;
  /** Entity the hop arrives at. */
  to: EntityRecord;
}

interface Target {
  target: EntityRecord;
  negative: boolean;
  exclude: string;
}

function targetOf(hop: HopForCounter): Target | null {
  if (hop.stance) return { target: hop.end, negative: NEGATIVE_STANCES.has(hop.stance), exclude: hop.key };
  if (hop.to.kind === 'Duty') return { target: hop.to, negative: false, exclude: hop.key };
  return null;
}

/** The stance-carrying types (positions, then papers, then citations) and each polarity's stances. */
const STANCE_TYPES = STANCE_FAMILIES.flatMap((f) => typesWithStances(f));
const NEGATIVE = STANCES.filter((s) => stanceSpec(s)!.negative);
// A family's default (a paper that only `mentions`, a citation only `mentioning`) takes no side,
// so it counters nothing.
const POSITIVE = STANCES.filter((s) => !stanceSpec(s)!.negative && !STANCE_FAMILIES.some((f) => (STANCE_FAMILY[f] as StanceFamilySpec).default === s));

const keyOf = (t: { target: string; negative: boolean; exclude: string }) => `${t.target}\u0000${t.negative}\u0000${t.exclude}`;

/** Counter-evidence for each hop, in the order given. */
export async function counterEvidenceFor(hops: HopForCounter[], asOf: string | null, ctx: Context): Promise<CounterEvidence[][]> {
  const targets = hops.map(targetOf);
  const unique = new Map<string, { target: string; negative: boolean; exclude: string }>();
  for (const t of targets) if (t) unique.set(keyOf({ ...t, target: t.target.id }), { target: t.target.id, negative: t.negative, exclude: t.exclude });
  if (unique.size === 0) return hops.map(() => []);
  const rows = await ctx.read('queries/counter-evidence', {
    targets: [...unique.values()],
    types: STANCE_TYPES,
    positive: POSITIVE,
    negative: NEGATIVE,
    asOf,
    cap: CAPS.counterEvidencePerHop,
  });
  const found = new Map<string, CounterEvidence[]>();
  for (const row of rows) {
    const k = keyOf({ target: String(row.target), negative: Boolean(row.negative), exclude: String(row.exclude) });
    const t = targets.find((x) => x && x.target.id === String(row.target));
    if (!t) continue;
    const items = ((row.items ?? []) as Array<{ type: string; props: Record<string, unknown>; holder: unknown }>).flatMap((item) => {
      const holder = ctx.loaders.prime(toEntity(item.holder));
      if (!holder) return [];
      const props = item.props ?? {};
      return [
        {
          holder,
          type: item.type,
          stance: toStance(props.stance),
          target: t.target,
          evidence: evidenceOf(props),
          sentence: hopSentence(holder, item.type, true, props, t.target),
        },
      ];
    });
    found.set(k, items);
  }
  return targets.map((t) => (t ? (found.get(keyOf({ ...t, target: t.target.id })) ?? []) : []));
}
