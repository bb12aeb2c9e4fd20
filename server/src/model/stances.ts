/**
 * Stances: what a holder, a paper or a citation says about what it points to. One vocabulary
 * per family, each value with its meaning, its polarity and its sentence both ways. Stored and
 * written in data/ in lower case (`principle-only`); GraphQL, CSV exports and CSS classes use
 * `stanceEnum()`, the one conversion.
 *
 * @example
 * STANCE_FAMILY.position.values.binding.negative; // false
 * stanceEnum('principle-only');                   // 'PRINCIPLE_ONLY'
 */

export interface StanceSpec {
  /** In plain words, for data/README.md and tooltips. */
  readonly meaning: string;
  /** Speaks against the thing it is about (counter-evidence to a positive stance). */
  readonly negative: boolean;
  /** Verb phrases with `{o}` for the object: travelling forward and backward. */
  readonly forward: string;
  readonly backward: string;
}

export interface StanceFamilySpec {
  readonly label: string;
  /** The value a record gets when it names none (absent: the stance is required). */
  readonly default?: string;
  readonly values: Readonly<Record<string, StanceSpec>>;
}

export const STANCE_FAMILY = {
  position: {
    label: 'Position on a rule',
    values: {
      binding: {
        meaning:
          'the holder says the rule is binding international law applying in cyberspace (for countermeasures: they are available; for collective countermeasures: they are permitted)',
        negative: false,
        forward: 'holds {o} to be binding',
        backward: 'is held to be binding by {o}',
      },
      voluntary: {
        meaning: 'a voluntary, non-binding norm only',
        negative: true,
        forward: 'treats {o} as a voluntary, non-binding norm',
        backward: 'is treated as a voluntary, non-binding norm by {o}',
      },
      unsettled: {
        meaning: 'not (yet) settled in international law, or left open by the holder',
        negative: true,
        forward: 'considers {o} not yet settled in international law',
        backward: 'is considered not yet settled by {o}',
      },
      contested: {
        meaning: 'the holder rejects that the rule applies (or rejects collective countermeasures)',
        negative: true,
        forward: 'contests {o}',
        backward: 'is contested by {o}',
      },
      'principle-only': {
        meaning: 'sovereignty is a principle underlying other rules, not a standalone rule whose breach is a wrongful act',
        negative: true,
        forward: 'treats {o} as a principle, not a standalone rule',
        backward: 'is treated as a principle, not a standalone rule, by {o}',
      },
    },
  },
  paper: {
    label: 'What a paper argues',
    default: 'mentions',
    values: {
      supports: { meaning: 'argues for it', negative: false, forward: 'argues for {o}', backward: 'is argued for by {o}' },
      contrasts: { meaning: 'takes a contrasting view', negative: true, forward: 'takes a contrasting view of {o}', backward: 'is questioned by {o}' },
      mentions: { meaning: 'studies or mentions it without taking sides', negative: false, forward: 'studies {o}', backward: 'is studied by {o}' },
    },
  },
  citation: {
    label: 'How a work cites another',
    default: 'mentioning',
    values: {
      supporting: { meaning: 'cites it in support', negative: false, forward: 'cites {o} in support', backward: 'is cited in support by {o}' },
      contrasting: { meaning: 'cites it critically', negative: true, forward: 'cites {o} critically', backward: 'is cited critically by {o}' },
      mentioning: { meaning: 'cites it without taking sides', negative: false, forward: 'cites {o}', backward: 'is cited by {o}' },
    },
  },
} as const satisfies Record<string, StanceFamilySpec>;

export type StanceFamily = keyof typeof STANCE_FAMILY;
export type StanceOf<F extends StanceFamily> = keyof (typeof STANCE_FAMILY)[F]['values'] & string;
export type Stance = { [F in StanceFamily]: StanceOf<F> }[StanceFamily];

export const STANCE_FAMILIES = Object.keys(STANCE_FAMILY) as StanceFamily[];

/** Every stance value of one family, in declaration order. */
export function stancesOf<F extends StanceFamily>(family: F): StanceOf<F>[] {
  return Object.keys(STANCE_FAMILY[family].values) as StanceOf<F>[];
}

/** Every stance value of every family (values are unique across families). */
export const STANCES: Stance[] = STANCE_FAMILIES.flatMap((f) => stancesOf(f));

export function stanceSpec(stance: string): StanceSpec | undefined {
  for (const f of STANCE_FAMILIES) {
    const values = STANCE_FAMILY[f].values as Record<string, StanceSpec>;
    if (Object.hasOwn(values, stance)) return values[stance];
  }
  return undefined;
}

export function isStance(value: unknown): value is Stance {
  return typeof value === 'string' && stanceSpec(value) !== undefined;
}

/** Stances that speak against what they are about. */
export const NEGATIVE_STANCES: Stance[] = STANCES.filter((s) => stanceSpec(s)!.negative);

/** `principle-only` → `PRINCIPLE_ONLY` (the GraphQL enum value). */
export function stanceEnum(stance: string): string {
  return stance.toUpperCase().replace(/-/g, '_');
}
