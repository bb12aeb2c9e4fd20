/**
 * Names and ids of synthetic entities: plainly synthetic, so a generated record can never be
 * mistaken for (or collide with) a curated one.
 *
 * - States need `state:` + three capital letters (the model's ISO 3166-1 alpha-3 rule). We draw
 *   them from the ranges ISO 3166 reserves as "user-assigned" (QMA-QZZ and XAA-XZZ), which no
 *   country will ever receive; XK* is skipped because some agencies use XKX for Kosovo.
 * - Every other id carries `syn-`: `org:syn-0001`, `paper:syn-000001`, `duty:syn-0001`.
 * - Every name says "Synthetic": "Synthetic State 0001", "Synthetic Convention 0012".
 *
 * @example
 * stateCode(0); // 'QMA'
 * synId('org', 7, 4); // 'org:syn-0007'
 */
import { pad } from './prng.ts';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function buildStateCodes(): string[] {
  const codes: string[] = [];
  for (const second of LETTERS.slice(LETTERS.indexOf('M'))) for (const third of LETTERS) codes.push(`Q${second}${third}`);
  for (const second of LETTERS) {
    if (second === 'K') continue;
    for (const third of LETTERS) codes.push(`X${second}${third}`);
  }
  return codes;
}

/** QMA..QZZ then XAA..XZZ without XK*: 364 + 650 = 1,014 codes. */
export const STATE_CODES: readonly string[] = buildStateCodes();

export function stateCode(index: number): string {
  const code = STATE_CODES[index];
  if (!code) throw new RangeError(`no synthetic state code number ${index} (there are ${STATE_CODES.length})`);
  return code;
}

/** `synId('paper', 12, 6)` → `paper:syn-000012` (numbers start at 1 for people reading them). */
export function synId(prefix: string, number: number, width: number): string {
  return `${prefix}:syn-${pad(number, width)}`;
}

export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;

export const ORG_TYPES = [
  ['regional', 'Regional Organisation'],
  ['intergovernmental', 'Intergovernmental Organisation'],
  ['un-subsidiary-body', 'Working Group'],
  ['un-specialised', 'Agency'],
  ['treaty-body', 'Treaty Committee'],
  ['court', 'Tribunal'],
  ['other', 'Forum'],
] as const;

export const INSTRUMENT_TYPES = [
  ['treaty', 'Convention', 'T', 0.3],
  ['protocol', 'Protocol', 'P', 0.08],
  ['resolution', 'Resolution', 'R', 0.25],
  ['report', 'Report', 'G', 0.2],
  ['declaration', 'Declaration', 'D', 0.12],
  ['manual', 'Manual', 'M', 0.03],
  ['articles', 'Articles', 'A', 0.02],
] as const;

export const DUTY_TYPES = ['obligation', 'principle', 'norm', 'factor', 'standard'] as const;

export const GIVEN_NAMES = [
  'Ada', 'Bela', 'Chidi', 'Dana', 'Emre', 'Farah', 'Goran', 'Hana', 'Ines', 'Jun', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Omar',
  'Priya', 'Quinn', 'Rosa', 'Sami', 'Tomas', 'Uma', 'Vera', 'Wen', 'Ximena', 'Yusuf', 'Zofia', 'Aiko', 'Bruno', 'Clara', 'Dmitri',
];

/** A synthetic author in the model's "Family, Given" form; its Person id becomes person:syn-000123-ada. */
export function authorName(index: number): string {
  return `Syn-${pad(index, 6)}, ${GIVEN_NAMES[index % GIVEN_NAMES.length]}`;
}

/** Words for titles and abstracts: generic legal vocabulary, none of it an entity name. */
export const TOPICS = [
  'attribution of cyber operations', 'state responsibility for non-state actors', 'sovereignty in cyberspace',
  'the prevention of transboundary harm', 'countermeasures against malicious activity', 'norms of responsible state behaviour',
  'capacity building', 'critical infrastructure protection', 'the knowledge requirement', 'feasible measures',
  'international cooperation against cybercrime', 'the protection of electoral processes', 'ransomware and state duties',
  'the regulation of spyware', 'confidence-building measures', 'data sovereignty', 'supply chain security',
];

export const VERBS = ['argues', 'finds', 'shows', 'suggests', 'concludes', 'contends', 'doubts'];

export const CLAIMS = [
  'has shaped the practice of several states',
  'remains contested in recent diplomatic exchanges',
  'is read narrowly by most governments',
  'supports a duty of prevention',
  'leaves the standard of care unsettled',
  'was invoked after a series of incidents',
  'has been implemented unevenly',
];

export const VENUES = Array.from({ length: 40 }, (_, i) => `Synthetic Journal of Cyber Law ${pad(i + 1, 2)}`);
