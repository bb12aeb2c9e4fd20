/**
 * Every cap on the public API in one place. Out-of-range values are REJECTED with a
 * BAD_USER_INPUT error naming the argument and the allowed range, never silently clamped: a
 * client that asks for 10,000 rows and quietly gets 100 would draw wrong conclusions ("only 100
 * states signed"), while an error tells it to paginate. The SDL descriptions quote these numbers.
 */
export const CAPS = {
  entitiesFirst: { min: 1, max: 100 },
  relationshipsFirst: { min: 1, max: 100 },
  searchFirst: { min: 1, max: 50 },
  /** Characters of search text (after trimming). Longer input is not a search, it is a payload. */
  searchTextLength: 200,
  /** Words in a search (each becomes a Lucene clause; Lucene refuses more than 1024 clauses). */
  searchTerms: 32,
  neighbourhoodDepth: { min: 1, max: 3 },
  neighbourhoodLimit: { min: 1, max: 500 },
  /** Relationships shown per entity in a neighbourhood; the rest are counted (`capped`). */
  neighbourhoodPerEntity: 40,
  pathsMaxLength: { min: 1, max: 5 },
  pathsFirst: { min: 1, max: 10 },
  /** Entities with more relationships than this are avoided as path intermediates when possible. */
  pathsHubDegree: 100,
  /** Counter-evidence items listed per hop. */
  counterEvidencePerHop: 10,
  positionsFirst: { min: 1, max: 2000 },
  compareIds: { min: 1, max: 50 },
  compareDuties: { min: 1, max: 50 },
  timelineFirst: { min: 1, max: 500 },
  attributionsFirst: { min: 1, max: 100 },
  /** Entries of a list argument (types, kinds, stances, years). */
  listArgument: 50,
  /** Characters of an id or cursor argument. */
  idLength: 300,
} as const;

/**
 * Operation-level limits (server/src/graphql/limits/armor.ts and result-size.ts). The numbers leave
 * room for every query the explorer and the IDE examples send (tests/integration/api checks that).
 */
export const OPERATION_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  /** Lexical tokens in a document; enforced by graphql-js's parser (Apollo parseOptions.maxTokens). */
  maxTokens: 2000,
  /**
   * graphql-armor's static cost: fields weighted by depth, multiplied by literal `first` values
   * (not variables, not `limit`; result-size.ts covers those).
   */
  maxCost: 20_000,
  /** Estimated objects in a response, multiplying list sizes (`first`, `limit`) down the tree. */
  maxResultSize: 20_000,
} as const;
