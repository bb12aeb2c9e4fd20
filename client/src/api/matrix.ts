/**
 * The positions matrix's reads: its columns are the rules the data holds positions on (the API's
 * `stats.positionsByRule`, most positions first: the order comes from the data), and each column
 * is one `standings(norm, asOf)` request, which decides every actor's cell by the rules of
 * server/src/law/ (own position, via an organisation, recorded silence, not recorded...). So the
 * matrix costs one request for its columns and one per rule. Checked against the SDL by
 * client/src/api/__tests__/queries.test.ts (through ALL_OPERATIONS).
 */
import { ApiError, gql, type RequestOptions } from './client.ts';
import type { Flat } from './flat.ts';
import type { MatrixColumnQuery, MatrixColumnQueryVariables, MatrixRulesQuery, MatrixRulesQueryVariables } from './generated.ts';
import type { EntityRef } from '../types.ts';

export const MATRIX_RULES = `query MatrixRules { stats { positionsByRule { duty { id kind name } positions holders } } }`;

const REF = 'id kind name';

export const MATRIX_COLUMN = `query MatrixColumn($norm: ID!, $asOf: Date, $first: Int, $after: String) {
  standings(norm: $norm, asOf: $asOf, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      status verdict
      actor { ${REF} ... on State { region } ... on Organisation { orgType acronym } }
      bases { kind since dateKnown curation provision stance via { ${REF} ... on Organisation { acronym } } document { ${REF} ... on Document { url } } evidence { sourceRef url locator quote curation } }
    } }
  }
}`;

/** The most actors a standings page holds (the API's cap): a column of more takes several pages. */
const PAGE = 250;

type WireStanding = MatrixColumnQuery['standings']['edges'][number]['node'];
type WireBasis = WireStanding['bases'][number];

/** A state (with its region) or an organisation (with its type and acronym), read field by field. */
export type MatrixActor = Flat<WireStanding['actor']>;
export type MatrixBasis = Omit<WireBasis, 'via' | 'document'> & {
  via: Flat<NonNullable<WireBasis['via']>> | null;
  document: Flat<NonNullable<WireBasis['document']>> | null;
};
/** One actor's standing toward one rule: one cell of the matrix. */
export type MatrixStanding = Omit<WireStanding, 'actor' | 'bases'> & { actor: MatrixActor; bases: MatrixBasis[] };

/** A column: a rule with how many positions (from how many holders) the data records on it. */
export interface MatrixRule extends EntityRef {
  positions: number;
  holders: number;
}

export interface MatrixData {
  rules: MatrixRule[];
  /** Per rule id, every actor's standing. */
  standings: Map<string, MatrixStanding[]>;
}

type Page = MatrixColumnQuery;

/** A column decides every actor's standing: seconds of work on a busy server, so it gets longer than the default 20 s. */
const COLUMN_TIMEOUT_MS = 60_000;

/** Transient: the server was too slow (QUERY_TIMEOUT) or briefly unavailable; worth one more try. */
const transient = (err: unknown) =>
  err instanceof ApiError && (err.kind === 'timeout' || err.codes.some((c) => c === 'QUERY_TIMEOUT' || c === 'SERVICE_UNAVAILABLE'));

async function page(vars: MatrixColumnQueryVariables, opts?: RequestOptions): Promise<Page> {
  const o = { ...opts, timeoutMs: COLUMN_TIMEOUT_MS };
  try {
    return await gql<Page, MatrixColumnQueryVariables>(MATRIX_COLUMN, vars, o);
  } catch (err) {
    if (!transient(err) || opts?.signal?.aborted) throw err;
    return gql<Page, MatrixColumnQueryVariables>(MATRIX_COLUMN, vars, o);
  }
}

async function column(norm: string, asOf: string | null, opts?: RequestOptions): Promise<MatrixStanding[]> {
  const out: MatrixStanding[] = [];
  let after: string | null = null;
  do {
    const data: Page = await page({ norm, asOf, first: PAGE, after }, opts);
    out.push(...data.standings.edges.map((e) => e.node));
    after = data.standings.pageInfo.hasNextPage ? data.standings.pageInfo.endCursor : null;
  } while (after);
  return out;
}

/** `asOf`: a full day, or null for today (a standing holds on a day). */
export async function fetchMatrix(asOf: string | null, opts?: RequestOptions): Promise<MatrixData> {
  const r = await gql<MatrixRulesQuery, MatrixRulesQueryVariables>(MATRIX_RULES, {}, opts);
  const rules = r.stats.positionsByRule.map((p) => ({ ...p.duty, positions: p.positions, holders: p.holders }));
  const standings = new Map<string, MatrixStanding[]>();
  // Two columns at a time: each is a heavy read for the API (every actor's facts); more in parallel only queue up.
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < rules.length) {
      const rule = rules[next++]!;
      standings.set(rule.id, await column(rule.id, asOf, opts));
    }
  };
  await Promise.all(Array.from({ length: Math.min(2, rules.length) }, worker));
  return { rules, standings };
}
