/**
 * Finding and ranking paths between two entities (used by `paths` and `memo`).
 *
 * 1. Up to 30 shortest simple paths that avoid hubs as intermediates (cypher/queries/paths.cypher),
 *    over legal relationships first: when they give enough paths, the full search stops at their length.
 * 2. Only if fewer than `first` were found: the same search through hubs, ranked after them.
 * 3. Rank: curated, hub-free paths first (a path through a hub or a machine-made (entity-linking)
 *    link is a weak link and comes after), then shorter, then heavier (paths/rank.ts). Paths over
 *    the same entities through parallel relationships count once (the heaviest); keep `first`.
 * 4. Counter-evidence for every hop in one query, sentences and an explanation per path.
 */
import { pathBasis } from '../../law/path-basis.ts';
import { dateStatus } from '../../law/dates.ts';
import { isDatedType, LEGAL_TYPES, MACHINE_TYPES, type Basis } from '../../model/vocabulary.ts';
import type { Context } from '../context.ts';
import { apiError } from '../errors.ts';
import { hopSentence, pathExplanation } from '../explain/sentences.ts';
import { checkId, checkRange, checkTypes, startOfDate } from '../limits/args.ts';
import { CAPS } from '../limits/caps.ts';
import { evidenceOf, publicProperties, toEntity, toStance, type EntityRecord, type EvidenceRecord, type StanceValue } from '../model.ts';
import { counterEvidenceFor, type CounterEvidence } from './counter.ts';
import { pathWeight } from './rank.ts';

export interface PathsArgs {
  from: string;
  to: string;
  maxLength?: number | null;
  relationshipTypes?: string[] | null;
  first?: number | null;
  asOf?: string | null;
}

export interface Hop {
  key: string;
  from: EntityRecord;
  to: EntityRecord;
  type: string;
  forward: boolean;
  stance: StanceValue | null;
  properties: Record<string, unknown>;
  evidence: EvidenceRecord[];
  counterEvidence: CounterEvidence[];
  sentence: string;
}

export interface PathResult {
  length: number;
  weight: number;
  viaHub: boolean;
  generated: boolean;
  /** Legal basis, practice or context (rule `path-basis` of server/src/law/). */
  basis: Basis;
  dateUncertain: boolean;
  nodes: EntityRecord[];
  hops: Hop[];
  explanation: string;
}

interface Candidate {
  signature: string;
  /** The entities in order: parallel relationships give the same route. */
  route: string;
  viaHub: boolean;
  generated: boolean;
  nodes: EntityRecord[];
  hops: Omit<Hop, 'counterEvidence'>[];
  weight: number;
}

/** Relationships ingestion derives by entity linking rather than from a curated record. */
const GENERATED = new Set<string>(MACHINE_TYPES);

/** Far above any degree: the fallback search may pass through every hub. */
const NO_HUB_LIMIT = 2_000_000_000;

function toCandidates(rows: Array<Record<string, unknown>>, viaHub: boolean, ctx: Context): Candidate[] {
  return rows.flatMap((row) => {
    const nodes = ((row.nodes ?? []) as unknown[]).map((n) => ctx.loaders.prime(toEntity(n)));
    if (nodes.some((n) => n === null)) return [];
    const ents = nodes as EntityRecord[];
    const rels = (row.rels ?? []) as Array<{ type: string; start: string; props: Record<string, unknown> }>;
    const hops = rels.map((rel, i) => {
      const from = ents[i]!;
      const to = ents[i + 1]!;
      const props = rel.props ?? {};
      const forward = rel.start === from.id;
      return {
        key: String(props.key ?? `${rel.type}|${rel.start}`),
        from,
        to,
        type: rel.type,
        forward,
        stance: toStance(props.stance),
        properties: publicProperties(props),
        evidence: evidenceOf(props),
        sentence: hopSentence(from, rel.type, forward, props, to),
      };
    });
    const degrees = ents.slice(1, -1).map((n) => Number(n.degree ?? 0));
    return [
      {
        signature: hops.map((h) => h.key).join('>'),
        route: ents.map((n) => n.id).join('>'),
        viaHub,
        generated: hops.some((h) => GENERATED.has(h.type)),
        nodes: ents,
        hops,
        weight: pathWeight(hops, degrees, CAPS.pathsHubDegree),
      },
    ];
  });
}

const weak = (c: Candidate) => Number(c.viaHub || c.generated) === 1;

/** Best first (curated and hub-free, then shorter, then heavier), one per route, `first` of them. */
function ranked(candidates: Candidate[], first: number): Candidate[] {
  const sorted = [...candidates].sort((x, y) => Number(weak(x)) - Number(weak(y)) || x.hops.length - y.hops.length || y.weight - x.weight || x.signature.localeCompare(y.signature));
  const routes = new Set<string>();
  return sorted
    .filter((c) => {
      if (routes.has(c.route)) return false;
      routes.add(c.route);
      return true;
    })
    .slice(0, first);
}

/** Candidates of both lists, each path once (the first list's copy). */
function union(a: Candidate[], b: Candidate[]): Candidate[] {
  const seen = new Set(a.map((c) => c.signature));
  return [...a, ...b.filter((c) => !seen.has(c.signature))];
}

export async function findPaths(args: PathsArgs, ctx: Context): Promise<PathResult[]> {
  const from = checkId('from', args.from);
  const to = checkId('to', args.to);
  const maxLength = checkRange('maxLength', args.maxLength, CAPS.pathsMaxLength, 4);
  const first = checkRange('first', args.first, CAPS.pathsFirst, 3);
  const types = checkTypes('relationshipTypes', args.relationshipTypes);
  const asOf = startOfDate(args.asOf);
  const [a, b] = await ctx.loaders.entity.loadMany([from, to]);
  for (const [arg, id, e] of [
    ['from', from, a],
    ['to', to, b],
  ] as const) {
    // A failed lookup (e.g. Neo4j is down) is that failure, not a missing entity.
    if (e instanceof Error) throw e;
    if (!e) throw apiError('NOT_FOUND', `No entity has the id ${JSON.stringify(id)}.`, { argument: arg });
  }
  if (from === to) return [];

  const params = { from, to, types, asOf };
  // At most `hops` hops: the query file with its search bound lowered (neo4j/cypher.ts).
  const search = (hops: number) => `queries/paths@${hops}`;
  // Legal relationships first (issue 16): that subgraph is small (no citations, authorship or
  // mentions), so its search is cheap. When it alone gives `first` paths, the longest of them
  // bounds the full search: any path longer than it ranks below all of them (curated, hub-free
  // paths rank by length first), so searching only up to that length leaves the answer as it was
  // while skipping the deep, expensive part of the search. No cache: every call reads the graph.
  let bound = maxLength;
  let legal: Candidate[] = [];
  if (types === null && maxLength > 1) {
    legal = toCandidates(await ctx.read(search(maxLength), { ...params, types: LEGAL_TYPES, hubDegree: CAPS.pathsHubDegree }), false, ctx);
    const top = ranked(legal, first);
    if (top.length === first && !top.some(weak)) bound = top[top.length - 1]!.hops.length;
  }
  let candidates = toCandidates(await ctx.read(search(bound), { ...params, hubDegree: CAPS.pathsHubDegree }), false, ctx);
  if (bound < maxLength) candidates = union(candidates, legal);
  if (candidates.length < first) candidates = union(candidates, toCandidates(await ctx.read(search(maxLength), { ...params, hubDegree: NO_HUB_LIMIT }), true, ctx));
  const chosen = ranked(candidates, first);

  const allHops = chosen.flatMap((c) => c.hops);
  const counters = await counterEvidenceFor(
    allHops.map((h) => ({ key: h.key, type: h.type, stance: h.stance, start: h.forward ? h.from : h.to, end: h.forward ? h.to : h.from, to: h.to })),
    asOf,
    ctx,
  );
  let i = 0;
  return chosen.map((c) => {
    const hops = c.hops.map((h) => {
      const validFrom = h.properties.validFrom == null ? null : String(h.properties.validFrom);
      return { ...h, counterEvidence: counters[i++] ?? [], dateStatus: dateStatus(validFrom, isDatedType(h.type), asOf) };
    });
    return {
      length: hops.length,
      weight: c.weight,
      viaHub: c.viaHub,
      generated: c.generated,
      basis: pathBasis(hops),
      // A hop whose date is unknown or straddles the day: the path may not have held then.
      dateUncertain: hops.some((h) => h.dateStatus === 'UNKNOWN' || h.dateStatus === 'UNCERTAIN'),
      nodes: c.nodes,
      hops,
      explanation: pathExplanation(hops.map((h) => ({ from: h.from, to: h.to, type: h.type, forward: h.forward, props: h.properties }))),
    };
  });
}
