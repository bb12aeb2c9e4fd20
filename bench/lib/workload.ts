/**
 * The requests the API and soak benchmarks send: realistic inputs drawn (deterministically)
 * from the loaded graph, and each operation twice, as a GraphQL request and as the same Cypher
 * run directly through the driver.
 *
 * "The same Cypher" is the operation's main query file with the parameters the resolver passes
 * (its caps and type ranking are imported, not copied, so they cannot drift): search.cypher,
 * the neighbourhood step the resolver picks (stepQuery) for depth 1, paths.cypher, standing-facts.cypher with
 * standing-status-sources.cypher, timeline.cypher. The resolvers also run their small
 * lookups (the entity by id, the second paths pass through hubs when too few paths avoid them,
 * counter-evidence per hop); those count on the GraphQL side only, so the ratio is the whole cost
 * of the API layer over the bare query, not only GraphQL parsing.
 */
import { toParams } from '../../server/src/graphql/context.ts';
import { CAPS } from '../../server/src/graphql/limits/caps.ts';
import { stepQuery, TYPE_RANK } from '../../server/src/graphql/resolvers/neighbourhood.ts';
import { TIMELINE_EVENTS } from '../../server/src/graphql/resolvers/timeline.ts';
import { TYPE_FOR } from '../../server/src/model/vocabulary.ts';
import { buildLuceneQuery } from '../../server/src/graphql/search/lucene.ts';
import { Rng } from '../../server/src/generate/prng.ts';
import { TOPICS } from '../../server/src/generate/names.ts';
import type { Database } from '../../server/src/neo4j/database.ts';
import type { GraphQLClient } from './http.ts';
import type { Outcome } from './load.ts';

export type OpName = 'search' | 'neighbourhood' | 'paths' | 'standing' | 'timeline';

export interface Inputs {
  searchTexts: string[];
  neighbourhoodIds: string[];
  pathPairs: [string, string][];
  /** [actor, norm]: states and organisations toward duties and instruments. */
  standingPairs: [string, string][];
  /** [from, to] full days: what the time bar asks for (one to three years). */
  timelineRanges: [string, string][];
}

export const QUERIES: Record<OpName, string> = {
  search: 'query Search($text: String!) { search(text: $text, first: 10) { score field highlight entity { id kind name } } }',
  neighbourhood:
    'query Neighbourhood($id: ID!) { neighbourhood(id: $id, depth: 1) { truncated countsByKind { kind count } capped { id hidden } nodes { id kind label degree } edges { id source target type stance validFrom validTo } } }',
  paths: 'query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4, first: 3) { length weight viaHub explanation hops { type forward sentence } } }',
  standing: 'query Standing($actor: ID!, $norm: ID!) { standing(actor: $actor, norm: $norm) { status verdict rule bases { via { id } } counterEvidence { via { id } } limits } }',
  timeline: 'query Timeline($from: Date, $to: Date) { timeline(from: $from, to: $to) { date what label subject { id name } object { id } } }',
};

async function idsOfKind(db: Database, kind: string, limit: number): Promise<string[]> {
  // Cypher text here is a benchmark-side lookup of test inputs, never run by the application.
  const res = await db.driver.executeQuery('MATCH (n:Entity) WHERE n.kind = $kind RETURN n.id AS id ORDER BY n.id LIMIT $limit', { kind, limit: toParams(limit) }, { database: db.database, routing: 'READ' });
  return res.records.map((r) => String(r.get('id')));
}

/** Inputs drawn with a fixed seed from the loaded graph: the same graph gives the same inputs. */
export async function pickInputs(db: Database, count = 500): Promise<Inputs> {
  const rng = new Rng(7).fork('bench-inputs');
  const kinds = ['State', 'Duty', 'Paper', 'Person', 'Instrument', 'Organisation'] as const;
  const lists = await Promise.all(kinds.map((k) => idsOfKind(db, k, 200_000)));
  const [states, duties, papers, persons, instruments, orgs] = lists.map((l) => (l.length ? l : ['state:none'])) as [string[], string[], string[], string[], string[], string[]];
  const names = await db.driver.executeQuery(
    "MATCH (n:Entity) WHERE n.kind IN ['State', 'Organisation', 'Instrument', 'Duty'] RETURN n.name AS name, n.acronym AS acronym ORDER BY n.id",
    {},
    { database: db.database, routing: 'READ' },
  );
  const nameList = names.records.map((r) => String(r.get('name')));
  const acronyms = names.records.map((r) => r.get('acronym') as string | null).filter((a): a is string => !!a);

  const searchTexts = Array.from({ length: count }, () => {
    const kind = rng.weighted([['name', 0.35], ['typed', 0.25], ['topic', 0.25], ['acronym', 0.1], ['author', 0.05]] as const);
    if (kind === 'name') return rng.pick(nameList);
    // What a user has typed so far: the prefix search must answer it.
    if (kind === 'typed') return rng.pick(nameList).slice(0, rng.int(5, 14)).trim();
    if (kind === 'topic') return rng.pick(TOPICS).split(' ').slice(0, rng.int(1, 3)).join(' ');
    if (kind === 'acronym' && acronyms.length) return rng.pick(acronyms);
    return `Syn-${String(rng.int(1, 4000)).padStart(6, '0')}`;
  });
  const neighbourhoodIds = Array.from({ length: count }, () => {
    const list = rng.weighted([[papers, 0.4], [states, 0.2], [persons, 0.15], [duties, 0.1], [instruments, 0.1], [orgs, 0.05]] as const);
    return rng.pick(list);
  });
  // Tracing an actor to a norm is the explorer's main question; papers to states the second.
  const pathPairs = Array.from({ length: count }, (): [string, string] => (rng.chance(0.7) ? [rng.pick(states), rng.pick(duties)] : [rng.pick(papers), rng.pick(states)]));
  // Drawn after the others, so adding them left the earlier inputs unchanged.
  const standingPairs = Array.from({ length: count }, (): [string, string] => [rng.chance(0.85) ? rng.pick(states) : rng.pick(orgs), rng.chance(0.6) ? rng.pick(duties) : rng.pick(instruments)]);
  const timelineRanges = Array.from({ length: count }, (): [string, string] => {
    const year = rng.int(1990, 2025);
    return [`${year}-01-01`, `${Math.min(2026, year + rng.int(0, 2))}-12-31`];
  });
  return { searchTexts, neighbourhoodIds, pathPairs, standingPairs, timelineRanges };
}

/** The variables of request i of an operation (GraphQL names). */
function variablesOf(op: OpName, inputs: Inputs, i: number): Record<string, string | undefined> {
  const at = <T>(list: T[]) => list[i % list.length]!;
  switch (op) {
    case 'search':
      return { text: at(inputs.searchTexts) };
    case 'neighbourhood':
      return { id: at(inputs.neighbourhoodIds) };
    case 'paths':
      return { from: at(inputs.pathPairs)[0], to: at(inputs.pathPairs)[1] };
    case 'standing':
      return { actor: at(inputs.standingPairs)[0], norm: at(inputs.standingPairs)[1] };
    case 'timeline':
      return { from: at(inputs.timelineRanges)[0], to: at(inputs.timelineRanges)[1] };
  }
}

export function graphqlOp(client: GraphQLClient, op: OpName, inputs: Inputs): (i: number) => Promise<Outcome> {
  return async (i) => (await client.post(QUERIES[op], variablesOf(op, inputs, i))).outcome;
}

export function directOp(db: Database, op: OpName, inputs: Inputs): (i: number) => Promise<Outcome> {
  return async (i) => {
    const v = variablesOf(op, inputs, i);
    const read = (file: string, params: Record<string, unknown>) => db.read(file, toParams(params) as Record<string, unknown>);
    try {
      if (op === 'search') {
        await read('queries/search', { query: buildLuceneQuery(v.text!).query, kinds: null, limit: 10, candidates: 10 });
      } else if (op === 'neighbourhood') {
        const filters = { types: null, kinds: null, stances: null, years: null, asOf: null };
        await read(stepQuery(filters), { ...filters, frontier: [v.id], cap: CAPS.neighbourhoodPerEntity, typeRank: TYPE_RANK });
      } else if (op === 'paths') {
        await read('queries/paths@4', { from: v.from, to: v.to, types: null, asOf: null, hubDegree: CAPS.pathsHubDegree });
      } else if (op === 'standing') {
        // The resolver's two reads, in parallel as it runs them (readFacts in resolvers/standing.ts).
        await Promise.all([
          read('queries/standing-facts', { actors: [v.actor], norm: v.norm }),
          read('queries/standing-status-sources', { norm: v.norm, types: [TYPE_FOR.signature, TYPE_FOR.consent] }),
        ]);
      } else {
        await read('queries/timeline', { from: v.from, to: v.to, kinds: null, events: TIMELINE_EVENTS, limit: 200 });
      }
      return 'ok';
    } catch (err) {
      return `driver-${(err as { code?: string }).code ?? 'error'}`;
    }
  };
}
