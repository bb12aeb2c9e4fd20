/**
 * The kinds of entity: one declaration each, with what every consumer needs to know about it.
 * Record fields and their validation live in `records.ts`, keyed by the same names, so a kind
 * added here and forgotten there is a compile error.
 *
 * @example
 * KIND.State.prefix;          // 'state'  → ids like state:FRA
 * KIND.Paper.validFrom;       // ['year'] → a paper exists from its year on
 * kindOfId('org:eu');         // 'Organisation'
 */

export interface KindSpec {
  /** Id prefix before the colon: `state:FRA`. */
  readonly prefix: string;
  /** Folder under data/ that holds records of this kind. */
  readonly folder: string;
  /** Display name, singular and plural, for legends, filters and sentences. */
  readonly label: string;
  readonly plural: string;
  /**
   * Fields whose date says when the entity came into existence (first present wins). An entity
   * of a dated kind without such a date has an unknown start: the as-of view shows it apart.
   * Kinds without the list (states, duties) are not dated facts.
   */
  readonly validFrom?: readonly string[];
}

export const KIND = {
  Duty: { prefix: 'duty', folder: 'duties', label: 'Duty', plural: 'Duties' },
  State: { prefix: 'state', folder: 'states', label: 'State', plural: 'States' },
  Organisation: { prefix: 'org', folder: 'organisations', label: 'Organisation', plural: 'Organisations', validFrom: ['founded'] },
  Instrument: { prefix: 'instrument', folder: 'instruments', label: 'Instrument', plural: 'Instruments', validFrom: ['adopted', 'openedForSignature'] },
  Document: { prefix: 'document', folder: 'documents', label: 'Document', plural: 'Documents', validFrom: ['date'] },
  Case: { prefix: 'case', folder: 'cases', label: 'Case', plural: 'Cases', validFrom: ['decided'] },
  Paper: { prefix: 'paper', folder: 'papers', label: 'Paper', plural: 'Papers', validFrom: ['year'] },
  Person: { prefix: 'person', folder: 'persons', label: 'Person', plural: 'Persons' },
  Index: { prefix: 'index', folder: 'indexes', label: 'Index', plural: 'Indexes', validFrom: ['year'] },
  Event: { prefix: 'event', folder: 'events', label: 'Event', plural: 'Events', validFrom: ['date'] },
  Incident: { prefix: 'incident', folder: 'incidents', label: 'Incident', plural: 'Incidents', validFrom: ['started', 'discovered'] },
  Attribution: { prefix: 'attribution', folder: 'attributions', label: 'Attribution', plural: 'Attributions', validFrom: ['date'] },
  Response: { prefix: 'response', folder: 'responses', label: 'Response', plural: 'Responses', validFrom: ['date'] },
} as const satisfies Record<string, KindSpec>;

export type Kind = keyof typeof KIND;
/** Every kind, in the order legends and filters list them. */
export const KINDS = Object.keys(KIND) as Kind[];

/** Folder in data/ → kind. */
export const FOLDER_KIND: Record<string, Kind> = Object.fromEntries(KINDS.map((k) => [KIND[k].folder, k]));
/** Id prefix → kind (`state:FRA` is a State). */
export const PREFIX_KIND: Record<string, Kind> = Object.fromEntries(KINDS.map((k) => [KIND[k].prefix, k]));

export function kindOfId(id: string): Kind | undefined {
  return PREFIX_KIND[id.slice(0, id.indexOf(':'))];
}
