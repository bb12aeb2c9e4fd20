/**
 * The requests the API and soak benchmarks send: realistic inputs drawn (deterministically)
 * from the loaded graph, and each operation twice, as a GraphQL request and as the same Cypher
 * run directly through the driver.
 *
 * "The same Cypher" is the operation's main query file with the parameters the resolver passes
 * (its caps and type ranking are imported, not copied, so they cannot drift): search.cypher,
 * neighbourhood-step.cypher for depth 1, paths.cypher. The resolvers also run their small
 * lookups (the entity by id, the second paths pass through hubs when too few paths avoid them,
 * counter-evidence per hop); those count on the GraphQL side only, so the ratio is the whole cost
 * of the API layer over the bare query, not only GraphQL parsing.
 */
import { toParams } from '../../server/src/graphql/context.ts';
import { CAPS } from '../../server/src/graphql/limits/caps.ts';
import { TYPE_RANK } from '../../server/src/graphql/resolvers/neighbourhood.ts';
import { buildLuceneQuery } from '../../server/src/graphql/search/lucene.ts';
import { Rng } from '../../server/src/generate/prng.ts';
import { TOPICS } from '../../server/src/generate/names.ts';
import type { Database } from '../../server/src/neo4j/database.ts';
import type { GraphQLClient } from './http.ts';
import type { Outcome } from './load.ts';

export type OpName = 'search' | 'neighbourhood' | 'paths';

export interface Inputs {
  searchTexts: string[];
  neighbourhoodIds: string[];
  pathPairs: [string, string][];
}

export const QUERIES: Record<OpName, string> = {
  search: 'query Search($text: String!) { search(text: $text, first: 10) { score field highlight entity { id kind name } } }',
  neighbourhood:
    'query Neighbourhood($id: ID!) { neighbourhood(id: $id, depth: 1) { truncated countsByKind { kind count } capped { id hidden } nodes { id kind label degree } edges { id source target type stance validFrom validTo } } }',
  paths: 'query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4, first: 3) { length weight viaHub explanation hops { type forward sentence } } }',
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
  return { searchTexts, neighbourhoodIds, pathPairs };
}

export function graphqlOp(client: GraphQLClient, op: OpName, inputs: Inputs): (i: number) => Promise<Outcome> {
  return async (i) => {
    const variables =
      op === 'search'
        ? { text: inputs.searchTexts[i % inputs.searchTexts.length] }
        : op === 'neighbourhood'
          ? { id: inputs.neighbourhoodIds[i % inputs.neighbourhoodIds.length] }
          : { from: inputs.pathPairs[i % inputs.pathPairs.length]![0], to: inputs.pathPairs[i % inputs.pathPairs.length]![1] };
    return (await client.post(QUERIES[op], variables)).outcome;
  };
}

export function directOp(db: Database, op: OpName, inputs: Inputs): (i: number) => Promise<Outcome> {
  return async (i) => {
    try {
      if (op === 'search') {
        const q = buildLuceneQuery(inputs.searchTexts[i % inputs.searchTexts.length]!);
        await db.read('queries/search', toParams({ query: q.query, kinds: null, limit: 10, candidates: 10 }) as Record<string, unknown>);
      } else if (op === 'neighbourhood') {
        await db.read(
          'queries/neighbourhood-step',
          toParams({ frontier: [inputs.neighbourhoodIds[i % inputs.neighbourhoodIds.length]], cap: CAPS.neighbourhoodPerEntity, typeRank: TYPE_RANK, types: null, kinds: null, stances: null, years: null, asOf: null }) as Record<string, unknown>,
        );
      } else {
        const [from, to] = inputs.pathPairs[i % inputs.pathPairs.length]!;
        await db.read('queries/paths', toParams({ from, to, maxLength: 4, types: null, asOf: null, hubDegree: CAPS.pathsHubDegree }) as Record<string, unknown>);
      }
      return 'ok';
    } catch (err) {
      return `driver-${(err as { code?: string }).code ?? 'error'}`;
    }
  };
}
