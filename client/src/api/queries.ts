/**
 * The GraphQL operations the explorer runs. The TypeScript shapes of their answers are generated
 * from server/src/graphql/*.graphql and these very strings (`npm run schema` → generated.ts, see
 * codegen.ts); the names below are the panels' names for parts of them. `npm test` checks every
 * operation against the SDL and that generated.ts is up to date.
 */
import { INCIDENT } from './incident.ts';
import { MATRIX_COLUMN, MATRIX_RULES } from './matrix.ts';
import { STANDING } from './standing.ts';
import { gql, type RequestOptions } from './client.ts';
import type { Flat } from './flat.ts';
import type {
  EntityQuery,
  EntityQueryVariables,
  EntityRelationshipsQuery,
  EntityRelationshipsQueryVariables,
  MemoQuery,
  MemoQueryVariables,
  NeighbourhoodQuery,
  NeighbourhoodQueryVariables,
  NodeDatesFragment,
  PathsQuery,
  PathsQueryVariables,
  RelationshipPageQuery,
  RelationshipPageQueryVariables,
  RelationshipType,
  SearchQuery,
  SearchQueryVariables,
  StatsQuery,
  StatsQueryVariables,
  SubFragment,
  TimelineQuery,
  TimelineQueryVariables,
} from './generated.ts';
import type { EntityRef, Kind, Stance } from '../types.ts';

const EV = `fragment Ev on Evidence { sourceRef url locator quote source { id kind name } }`;

/** Dates that say when an entity came into being (papers from their year, instruments from adoption). */
const NODE_DATES = `fragment NodeDates on Entity {
  ... on Instrument { adopted openedForSignature }
  ... on Document { date }
  ... on Paper { year }
  ... on Case { decided }
  ... on Organisation { founded }
  ... on Event { date }
  ... on Incident { started }
  ... on Attribution { date }
  ... on Response { date }
}`;

/** Whichever of the dates its kind has (graph/model.ts picks the first there). */
export type NodeDates = Partial<Flat<NodeDatesFragment>>;

type WireNode = SubFragment['nodes'][number];
/**
 * A drawn node. Panels also make them from a relationship's other end (graph/model.ts), hence the
 * flat dates, and from a bare reference (app.ts, expand-menu.ts), hence `null`.
 */
export type ApiGraphNode = Omit<WireNode, 'entity'> & { entity: NodeDates | null };
export type ApiGraphEdge = SubFragment['edges'][number];
export type Subgraph = Omit<SubFragment, 'nodes'> & { nodes: ApiGraphNode[] };

/** What the explorer draws of a subgraph (also used by the one-request restore, api/restore.ts). */
export const NEIGHBOURHOOD_FIELDS = `fragment Sub on Subgraph {
  truncated
  countsByKind { kind count }
  capped { id hidden }
  nodes { id kind label degree entity { ...NodeDates } }
  edges { id source target type stance validFrom validTo properties evidence { ...Ev } }
}
${NODE_DATES}
${EV}`;

export const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $depth: Int, $limit: Int, $relationshipTypes: [RelationshipType!], $kinds: [Kind!]) {
  neighbourhood(id: $id, depth: $depth, limit: $limit, relationshipTypes: $relationshipTypes, kinds: $kinds) { ...Sub }
}
${NEIGHBOURHOOD_FIELDS}`;

/**
 * The panels carry relationship types as plain strings (types.ts REL_TYPES, the model's names);
 * the API refuses an unknown one (a validation error), so they go out as they are.
 */
export function asRelationshipTypes(types: readonly string[] | null | undefined): RelationshipType[] | null | undefined {
  return types as RelationshipType[] | null | undefined;
}

export interface NeighbourhoodArgs {
  id: string;
  depth?: number;
  limit?: number;
  relationshipTypes?: string[] | null;
  kinds?: Kind[] | null;
}

export async function fetchNeighbourhood(args: NeighbourhoodArgs, opts?: RequestOptions): Promise<Subgraph> {
  const data = await gql<NeighbourhoodQuery, NeighbourhoodQueryVariables>(
    NEIGHBOURHOOD,
    { ...args, relationshipTypes: asRelationshipTypes(args.relationshipTypes) },
    opts,
  );
  return data.neighbourhood;
}

export type SearchHit = SearchQuery['search'][number];

export const SEARCH = `query Search($text: String!, $kinds: [Kind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { score field highlight entity { id kind name degree } }
}`;

export async function fetchSearch(text: string, kinds: Kind[] | null, opts?: RequestOptions): Promise<SearchHit[]> {
  const data = await gql<SearchQuery, SearchQueryVariables>(SEARCH, { text, kinds, first: 12 }, opts);
  return data.search;
}

export type RelationshipPage = NonNullable<EntityRelationshipsQuery['entity']>['relationships'];
export type ApiRelationship = RelationshipPage['edges'][number]['node'];

/**
 * An entity with the fields of its kind; the others stay undefined. Also indexable by name: the
 * inspector lists fields from a table of names (panels/inspector.ts FIELDS).
 */
export type EntityDetail = Flat<NonNullable<EntityQuery['entity']>> & Record<string, unknown>;

const RELATIONSHIPS = `relationships(first: $first, after: $after) {
  totalCount
  pageInfo { hasNextPage endCursor }
  edges { node { key type direction stance validFrom validTo properties other { id kind name } evidence { ...Ev } } }
}`;

export const ENTITY = `query Entity($id: ID!, $first: Int, $after: String) {
  entity(id: $id) {
    id kind name aliases summary degree
    sources { ...Ev }
    ... on State { iso3 iso2 m49 officialName region subregion unStatus }
    ... on Organisation { acronym orgType founded url parent { id kind name } }
    ... on Instrument { instrumentType binding symbol adopted openedForSignature entryIntoForce url adoptedBy { id kind name } }
    ... on Duty { dutyType }
    ... on Document { docType date symbol url file issuer { id kind name } }
    ... on Case { court decided citation url }
    ... on Paper { authorNames year venue volume issue pages doi url abstract publisher language note }
    ... on Person { affiliation url }
    ... on Index { publisher year url }
    ... on Event { date eventType url }
    ... on Incident { started discovered sectors }
    ${RELATIONSHIPS}
  }
}
${EV}`;

export const ENTITY_RELATIONSHIPS = `query EntityRelationships($id: ID!, $first: Int, $after: String) {
  entity(id: $id) { id ${RELATIONSHIPS} }
}
${EV}`;

export async function fetchEntity(id: string, opts?: RequestOptions): Promise<EntityDetail | null> {
  const data = await gql<EntityQuery, EntityQueryVariables>(ENTITY, { id, first: 50 }, opts);
  return data.entity;
}

export async function fetchMoreRelationships(id: string, after: string, opts?: RequestOptions): Promise<RelationshipPage | null> {
  const data = await gql<EntityRelationshipsQuery, EntityRelationshipsQueryVariables>(ENTITY_RELATIONSHIPS, { id, first: 100, after }, opts);
  return data.entity?.relationships ?? null;
}

/** A page of relationships with what the graph needs to draw the other ends. */
export const RELATIONSHIP_PAGE = `query RelationshipPage($id: ID!, $first: Int, $after: String) {
  entity(id: $id) {
    id
    relationships(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { key type direction stance validFrom validTo properties other { id kind name degree ...NodeDates } evidence { ...Ev } } }
    }
  }
}
${NODE_DATES}
${EV}`;

type WireDrawable = NonNullable<RelationshipPageQuery['entity']>['relationships']['edges'][number]['node'];
/** A relationship with its other end ready to draw; hub.ts fills it from another operation, hence the flat dates. */
export type DrawableRelationship = Omit<WireDrawable, 'other'> & { other: EntityRef & { degree: number } & NodeDates };

/**
 * The first `count` relationships of an entity, in the API's stable order (by key), fetched in
 * pages of 100. "Show more" uses it where the neighbourhood caps a hub at 40 relationships.
 */
export async function fetchRelationships(
  id: string,
  count: number,
  opts?: RequestOptions,
): Promise<{ rels: DrawableRelationship[]; total: number; more: boolean }> {
  const rels: DrawableRelationship[] = [];
  let after: string | null = null;
  let total = 0;
  let more = true;
  while (rels.length < count && more) {
    const data: RelationshipPageQuery = await gql<RelationshipPageQuery, RelationshipPageQueryVariables>(
      RELATIONSHIP_PAGE,
      { id, first: Math.min(100, count - rels.length), after },
      opts,
    );
    const page = data.entity?.relationships;
    if (!page) break;
    total = page.totalCount;
    rels.push(...page.edges.map((e) => e.node));
    more = page.pageInfo.hasNextPage;
    after = page.pageInfo.endCursor;
  }
  return { rels, total, more };
}

/** A ranked path (the field meanings: `Path` in schema.graphql). */
export type Path = PathsQuery['paths'][number];
export type PathHop = Path['hops'][number];

export const PATHS = `query Paths($from: ID!, $to: ID!, $maxLength: Int, $first: Int, $asOf: Date) {
  paths(from: $from, to: $to, maxLength: $maxLength, first: $first, asOf: $asOf) {
    length weight viaHub generated explanation basis
    nodes { id kind name degree }
    hops {
      type forward stance properties sentence
      from { id kind name } to { id kind name }
      evidence { ...Ev }
      counterEvidence { type stance sentence holder { id kind name } target { id kind name } evidence { ...Ev } }
    }
  }
}
${EV}`;

export interface PathsArgs {
  from: string;
  to: string;
  maxLength: number;
  first: number;
  asOf: string | null;
}

export async function fetchPaths(args: PathsArgs, opts?: RequestOptions): Promise<Path[]> {
  const data = await gql<PathsQuery, PathsQueryVariables>(PATHS, { ...args }, opts);
  return data.paths;
}

export const MEMO = `query Memo($from: ID!, $to: ID!, $maxLength: Int, $first: Int, $asOf: Date) {
  memo(from: $from, to: $to, maxLength: $maxLength, first: $first, asOf: $asOf) { markdown query variables }
}`;

export async function fetchMemo(args: PathsArgs, opts?: RequestOptions): Promise<MemoQuery['memo']> {
  const data = await gql<MemoQuery, MemoQueryVariables>(MEMO, { ...args }, opts);
  return data.memo;
}

/** A holder's own position as the matrix cell shows it: made by panels/matrix-data.ts from a standing, not an answer of the API. */
export interface Position {
  holder: EntityRef & { region?: string | null };
  duty: EntityRef;
  stance: Stance;
  date: string | null;
  document: (EntityRef & { url?: string | null }) | null;
  paragraph: string | null;
  note: string | null;
}

export type TimelineEvent = TimelineQuery['timeline'][number];

export const TIMELINE = `query Timeline($from: Date, $to: Date, $first: Int) {
  timeline(from: $from, to: $to, first: $first) { date what label subject { id kind name } object { id kind name } }
}`;

export async function fetchTimeline(from: string, to: string, opts?: RequestOptions): Promise<TimelineEvent[]> {
  const data = await gql<TimelineQuery, TimelineQueryVariables>(TIMELINE, { from, to, first: 500 }, opts);
  return data.timeline;
}

export const STATS = `query Stats { stats { nodeCount relationshipCount dataVersion } }`;

export async function fetchStats(opts?: RequestOptions): Promise<StatsQuery['stats']> {
  const data = await gql<StatsQuery, StatsQueryVariables>(STATS, {}, opts);
  return data.stats;
}

/** Every operation, for the SDL validation test. */
export const ALL_OPERATIONS = {
  NEIGHBOURHOOD,
  SEARCH,
  ENTITY,
  ENTITY_RELATIONSHIPS,
  RELATIONSHIP_PAGE,
  PATHS,
  MEMO,
  MATRIX_RULES,
  MATRIX_COLUMN,
  TIMELINE,
  STATS,
  STANDING,
  INCIDENT,
};
