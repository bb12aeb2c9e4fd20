/**
 * How big each part of the synthetic corpus is at a given scale.
 *
 * Scale 1 is designed to load as about 1,000,000 relationships (with the authorship and entity-linking
 * relationships ingestion derives) around 100,000 papers. Why two growth laws:
 * - scholarship (papers, authors, citations, stances) grows linearly with the scale: that is
 *   what grows in a real deployment and what the three-size benchmark wants to see;
 * - the world (states, organisations, instruments, duties...) grows with the square root: there
 *   are only so many states, and a scale-0.01 corpus with 4 states would not look like the data.
 *
 * @example
 * corpusPlan(1).papers; // 100000
 * corpusPlan(0.01).states; // 30 (250 at scale 1)
 */

export interface CorpusPlan {
  scale: number;
  seed: number;
  states: number;
  organisations: number;
  instruments: number;
  duties: number;
  cases: number;
  indexes: number;
  events: number;
  /** Synthetic source documents every record cites (a register of made-up sources). */
  catalogues: number;
  papers: number;
  /** Size of the author pool papers draw from (authors write several papers). */
  authors: number;
  /** Mean number of citations per paper (the lever that puts scale 1 at about a million). */
  citationsPerPaper: number;
  /** Share of papers with a stance (discusses) on a duty, instrument or state. */
  discussesPerPaper: number;
  /** National position documents per state: min and max. */
  positionDocsPerState: readonly [number, number];
}

/** Scales outside this range either produce an empty world or run out of state codes. */
export const MIN_SCALE = 0.001;
export const MAX_SCALE = 10;

export const DEFAULT_SEED = 20240601;

const sqrtScaled = (base: number, scale: number, min: number, max = Infinity) => Math.min(max, Math.max(min, Math.round(base * Math.sqrt(scale))));
const linear = (base: number, scale: number, min: number) => Math.max(min, Math.round(base * scale));

export function corpusPlan(scale: number, seed = DEFAULT_SEED): CorpusPlan {
  if (!Number.isFinite(scale) || scale < MIN_SCALE || scale > MAX_SCALE) {
    throw new RangeError(`scale must be a number between ${MIN_SCALE} and ${MAX_SCALE}, got ${scale}`);
  }
  const papers = linear(100_000, scale, 50);
  return {
    scale,
    seed,
    // 1,000 is the size of the synthetic state-code space (see names.ts).
    states: sqrtScaled(250, scale, 30, 1000),
    organisations: sqrtScaled(150, scale, 12),
    instruments: sqrtScaled(200, scale, 15),
    duties: sqrtScaled(80, scale, 10),
    cases: sqrtScaled(40, scale, 5),
    indexes: sqrtScaled(12, scale, 2),
    events: sqrtScaled(300, scale, 10),
    catalogues: 10,
    papers,
    authors: Math.max(20, Math.round(papers * 0.45)),
    citationsPerPaper: 5.2,
    discussesPerPaper: 0.6,
    positionDocsPerState: [1, 4],
  };
}
