/**
 * Curation status of a source: how directly it shows the fact. Every source in data/ states it;
 * a fact's own status is the best of its sources'.
 *
 * @example
 * bestCuration(['secondary', 'primary']); // 'primary'
 */

export const CURATION = {
  primary: "the holder's or the treaty office's own text",
  secondary: 'a reliable summary that names the holder',
  inferred: 'derived by a rule stated in the locator',
} as const;

export type Curation = keyof typeof CURATION;
export const CURATIONS = Object.keys(CURATION) as Curation[];

/** The strongest status among several (primary > secondary > inferred); null for none. */
export function bestCuration(values: readonly (string | null | undefined)[]): Curation | null {
  for (const c of CURATIONS) if (values.includes(c)) return c;
  return null;
}
