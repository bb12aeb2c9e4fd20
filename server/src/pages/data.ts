/**
 * What a profile page shows, read through GraphQL operations (queries.ts) run by `exec`: the
 * entity, all its relationships (paged in 100s), and for a state or organisation its standing
 * toward every duty and instrument and the attributions it made or is named in.
 */
import { ATTRIBUTIONS, NORMS, PROFILE, RELATIONSHIPS, STANDING } from './queries.ts';

/** Runs one operation and returns its data; throws on errors (the route decides what the reader sees). */
export type Exec = (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

export interface Ref {
  id: string;
  name: string;
  kind?: string;
}

export interface Evidence {
  sourceRef: string;
  url: string | null;
  locator: string | null;
  quote: string | null;
  curation: string | null;
  source: Ref | null;
}

export interface Rel {
  type: string;
  direction: 'OUT' | 'IN';
  stance: string | null;
  validFrom: string | null;
  validTo: string | null;
  properties: Record<string, unknown>;
  curation: string | null;
  basis: string;
  other: Ref & { kind: string };
  evidence: Evidence[];
}

export interface Entity {
  __typename: string;
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  summary?: string | null;
  sources: Evidence[];
  [field: string]: unknown;
}

export interface Basis {
  kind: string;
  explanation: string;
  since: string | null;
  until: string | null;
  dateKnown: boolean;
  provision: string | null;
  stance: string | null;
  curation: string | null;
  via: Ref | null;
  document: Ref | null;
  evidence: Evidence[];
}

export interface Standing {
  status: string;
  verdict: string;
  rule: string;
  limits: string[];
  norm: Ref;
  bases: Basis[];
  counterEvidence: Basis[];
}

export interface Attribution {
  id: string;
  name: string;
  date: string | null;
  confidence: string | null;
  attributionType: string | null;
  incident: Ref | null;
  by: Ref[];
  to: Ref[];
  statement: (Ref & { url: string | null }) | null;
}

export interface Profile {
  entity: Entity;
  dataVersion: string | null;
  relationships: Rel[];
  /** Relationships the page could not list (beyond MAX_RELATIONSHIPS). */
  relationshipsLeftOut: number;
  /** Actors only: standing toward each duty, and toward each treaty. */
  duties: Standing[];
  treaties: Standing[];
  attributionsBy: Attribution[];
  attributionsTo: Attribution[];
}

/** Enough for any entity of the curated data (the UN General Assembly has about 200); the rest is counted. */
export const MAX_RELATIONSHIPS = 1000;
/** Page size of every list read (the API's cap for relationships, entities and attributions). */
const PAGE = 100;
/**
 * Standing questions asked at once (each runs two short reads). Two: a page asks about 35 of
 * them, and more at once only queue in Neo4j, where on a busy machine a read waiting over a
 * second trips the API's outage watchdog (server/src/neo4j/availability.ts).
 */
const CONCURRENCY = 2;

const ACTOR_KINDS = new Set(['State', 'Organisation']);
const edges = <T>(conn: unknown): T[] => ((conn as { edges?: { node: T }[] } | null)?.edges ?? []).map((e) => e.node);

async function inBatches<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

async function relationshipsOf(exec: Exec, id: string): Promise<{ list: Rel[]; leftOut: number }> {
  const list: Rel[] = [];
  let after: string | null = null;
  let total = 0;
  do {
    const data = await exec(RELATIONSHIPS, { id, after, first: PAGE });
    const conn = (
      data.entity as { relationships: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Rel }[] } }
    ).relationships;
    total = conn.totalCount;
    list.push(...edges<Rel>(conn));
    after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
  } while (after && list.length < MAX_RELATIONSHIPS);
  return { list, leftOut: Math.max(0, total - list.length) };
}

async function standingsOf(exec: Exec, actor: string): Promise<{ duties: Standing[]; treaties: Standing[] }> {
  const norms = await exec(NORMS, { first: PAGE });
  const duties = edges<Ref>(norms.duties);
  // Treaty status: instruments that have parties (the rules answer NOT_A_TREATY for the others).
  const treaties = edges<Ref & { binding: boolean | null }>(norms.instruments).filter((i) => i.binding === true);
  const ask = (norm: Ref) => exec(STANDING, { actor, norm: norm.id }).then((d) => d.standing as Standing);
  const d = await inBatches(duties, CONCURRENCY, ask);
  const t = await inBatches(treaties, CONCURRENCY, ask);
  const byName = (a: Standing, b: Standing) => a.norm.name.localeCompare(b.norm.name);
  return { duties: d.sort(byName), treaties: t.sort(byName) };
}

async function attributionsOf(exec: Exec, vars: { by?: string; to?: string }): Promise<Attribution[]> {
  return edges<Attribution>((await exec(ATTRIBUTIONS, { ...vars, first: PAGE })).attributions);
}

/** The page's data, or null when no entity has this id. */
export async function readProfile(exec: Exec, id: string): Promise<Profile | null> {
  const head = await exec(PROFILE, { id });
  const entity = head.entity as Entity | null;
  if (!entity) return null;
  const actor = ACTOR_KINDS.has(entity.kind);
  // One part after the other, for the same reason as CONCURRENCY.
  const rels = await relationshipsOf(exec, id);
  const standings = actor ? await standingsOf(exec, id) : { duties: [], treaties: [] };
  const by = actor ? await attributionsOf(exec, { by: id }) : [];
  const to = entity.kind === 'State' ? await attributionsOf(exec, { to: id }) : [];
  return {
    entity,
    dataVersion: (head.stats as { dataVersion: string | null }).dataVersion,
    relationships: rels.list,
    relationshipsLeftOut: rels.leftOut,
    ...standings,
    attributionsBy: by,
    attributionsTo: to,
  };
}
