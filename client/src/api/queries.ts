/**
 * The GraphQL operations the explorer runs, with the TypeScript shape of their answers.
 * Written by hand against server/src/graphql/schema.graphql (no codegen: a dozen operations do
 * not justify a toolchain). `npm test` checks every operation against that SDL.
 */
import { INCIDENT } from './incident.ts';
import { MATRIX_COLUMN, MATRIX_RULES } from './matrix.ts';
import { STANDING } from './standing.ts';
import { gql, type RequestOptions } from './client.ts';
import type { EntityRef, Evidence, Kind, Stance } from '../types.ts';

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

export interface NodeDates {
  adopted?: string | null;
  openedForSignature?: string | null;
  date?: string | null;
  year?: number | null;
  decided?: string | null;
  founded?: string | null;
  started?: string | null;
}

export interface ApiGraphNode {
  id: string;
  kind: Kind;
  label: string;
  degree: number;
  entity: NodeDates | null;
}

export interface ApiGraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  stance: Stance | null;
  validFrom: string | null;
  validTo: string | null;
  properties: Record<string, unknown> | null;
  evidence: Evidence[];
}

export interface Subgraph {
  nodes: ApiGraphNode[];
  edges: ApiGraphEdge[];
  truncated: boolean;
  countsByKind: { kind: string; count: number }[];
  capped: { id: string; hidden: number }[];
}

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

export interface NeighbourhoodArgs {
  id: string;
  depth?: number;
  limit?: number;
  relationshipTypes?: string[] | null;
  kinds?: Kind[] | null;
}

export async function fetchNeighbourhood(args: NeighbourhoodArgs, opts?: RequestOptions): Promise<Subgraph> {
  const data = await gql<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD, { ...args }, opts);
  return data.neighbourhood;
}

export interface SearchHit {
  score: number;
  field: string;
  highlight: string;
  entity: EntityRef & { degree: number };
}

export const SEARCH = `query Search($text: String!, $kinds: [Kind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { score field highlight entity { id kind name degree } }
}`;

export async function fetchSearch(text: string, kinds: Kind[] | null, opts?: RequestOptions): Promise<SearchHit[]> {
  const data = await gql<{ search: SearchHit[] }>(SEARCH, { text, kinds, first: 12 }, opts);
  return data.search;
}

export interface ApiRelationship {
  key: string;
  type: string;
  direction: 'OUT' | 'IN' | 'BOTH';
  stance: Stance | null;
  validFrom: string | null;
  validTo: string | null;
  properties: Record<string, unknown> | null;
  other: EntityRef;
  evidence: Evidence[];
}

export interface RelationshipPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: ApiRelationship }[];
}

/** An entity with every typed field; absent fields simply stay undefined. */
export type EntityDetail = EntityRef & {
  aliases: string[];
  summary: string | null;
  degree: number;
  sources: Evidence[];
  relationships: RelationshipPage;
} & Record<string, unknown>;

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
  const data = await gql<{ entity: EntityDetail | null }>(ENTITY, { id, first: 50 }, opts);
  return data.entity;
}

export async function fetchMoreRelationships(id: string, after: string, opts?: RequestOptions): Promise<RelationshipPage | null> {
  const data = await gql<{ entity: { relationships: RelationshipPage } | null }>(ENTITY_RELATIONSHIPS, { id, first: 100, after }, opts);
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

export type DrawableRelationship = Omit<ApiRelationship, 'other'> & { other: EntityRef & { degree: number } & NodeDates };

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
    const data: {
      entity: {
        relationships: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: DrawableRelationship }[] };
      } | null;
    } = await gql(RELATIONSHIP_PAGE, { id, first: Math.min(100, count - rels.length), after }, opts);
    const page = data.entity?.relationships;
    if (!page) break;
    total = page.totalCount;
    rels.push(...page.edges.map((e) => e.node));
    more = page.pageInfo.hasNextPage;
    after = page.pageInfo.endCursor;
  }
  return { rels, total, more };
}

export interface CounterEvidence {
  holder: EntityRef;
  type: string;
  stance: Stance | null;
  target: EntityRef;
  evidence: Evidence[];
  sentence: string;
}

export interface PathHop {
  from: EntityRef;
  to: EntityRef;
  type: string;
  forward: boolean;
  stance: Stance | null;
  properties: Record<string, unknown> | null;
  evidence: Evidence[];
  counterEvidence: CounterEvidence[];
  sentence: string;
}

export interface Path {
  length: number;
  /** 0..1: treaties and official positions weigh more than scholarship. */
  weight: number;
  /** Passes through a hub (found only because too few paths avoid hubs). */
  viaHub: boolean;
  /** Uses a MENTIONS link derived by entity linking rather than a curated fact. */
  generated: boolean;
  explanation: string;
  /** LEGAL only when every hop is legal; PRACTICE with an attribution hop; CONTEXT otherwise. */
  basis: 'LEGAL' | 'PRACTICE' | 'CONTEXT';
  nodes: (EntityRef & { degree: number })[];
  hops: PathHop[];
}

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
  const data = await gql<{ paths: Path[] }>(PATHS, { ...args }, opts);
  return data.paths;
}

export const MEMO = `query Memo($from: ID!, $to: ID!, $maxLength: Int, $first: Int, $asOf: Date) {
  memo(from: $from, to: $to, maxLength: $maxLength, first: $first, asOf: $asOf) { markdown query variables }
}`;

export async function fetchMemo(args: PathsArgs, opts?: RequestOptions): Promise<{ markdown: string; query: string; variables: unknown }> {
  const data = await gql<{ memo: { markdown: string; query: string; variables: unknown } }>(MEMO, { ...args }, opts);
  return data.memo;
}

export interface Position {
  holder: EntityRef & { region?: string | null };
  duty: EntityRef;
  stance: Stance;
  date: string | null;
  document: (EntityRef & { url?: string | null }) | null;
  paragraph: string | null;
  note: string | null;
}

export interface TimelineEvent {
  date: string;
  what: string;
  label: string;
  subject: EntityRef;
  object: EntityRef | null;
}

export const TIMELINE = `query Timeline($from: Date, $to: Date, $first: Int) {
  timeline(from: $from, to: $to, first: $first) { date what label subject { id kind name } object { id kind name } }
}`;

export async function fetchTimeline(from: string, to: string, opts?: RequestOptions): Promise<TimelineEvent[]> {
  const data = await gql<{ timeline: TimelineEvent[] }>(TIMELINE, { from, to, first: 500 }, opts);
  return data.timeline;
}

export const STATS = `query Stats { stats { nodeCount relationshipCount dataVersion } }`;

export async function fetchStats(opts?: RequestOptions): Promise<{ nodeCount: number; relationshipCount: number; dataVersion: string | null }> {
  const data = await gql<{ stats: { nodeCount: number; relationshipCount: number; dataVersion: string | null } }>(STATS, {}, opts);
  return data.stats;
}

/** Every operation, for the SDL validation test. */
export const ALL_OPERATIONS = { NEIGHBOURHOOD, SEARCH, ENTITY, ENTITY_RELATIONSHIPS, RELATIONSHIP_PAGE, PATHS, MEMO, MATRIX_RULES, MATRIX_COLUMN, TIMELINE, STATS, STANDING, INCIDENT };
