/**
 * Everything a link needs from the API, in ONE request: the start view, each expansion and each
 * added entity are aliased `neighbourhood` fields of a single document (the same questions the
 * user's clicks asked, with the same arguments, so the picture is the same), instead of one call
 * per step replayed in order.
 *
 * Why aliases rather than a new "subgraph of these ids" query: the reasons each node is drawn (the
 * start view, the expansion of X) decide what Collapse removes later, and they come from exactly
 * these neighbourhoods, and the API's limits (15 aliases, a result-size estimate) already cover such
 * a document. A link with more steps than one document may hold is split into as few as fit.
 *
 * `neighbourhood` is non-null, so one unknown id voids the whole answer: those parts are then
 * named as missing and the rest is asked again (a bad link costs one more request, a good one none).
 * A server too busy for the whole document (a question timed out) is asked part by part.
 */
import { ApiError, gqlFailures } from './client.ts';
import type { SubFragment } from './generated.ts';
import { NEIGHBOURHOOD_FIELDS, type NeighbourhoodArgs, type Subgraph } from './queries.ts';

export interface RestorePart {
  /** What the part is for: the start view, an expansion or an added entity. */
  role: 'root' | 'expand' | 'add';
  args: NeighbourhoodArgs;
}

export interface RestoreAnswer {
  /** Subgraphs in the order of the parts; null for a part whose id the atlas does not have. */
  subgraphs: (Subgraph | null)[];
  /** How many HTTP requests it took (1 for a good link of up to 14 steps). */
  requests: number;
}

const RESTORE_TIMEOUT_MS = 60_000;
/** Aliases per document: the API allows 15. */
const PER_DOCUMENT = 14;
/**
 * The API refuses a document whose estimated answer exceeds 20,000 objects (caps.ts
 * maxResultSize); a neighbourhood of `limit` nodes counts about 14 per node (its node, the edges
 * with their evidence). Parts are packed under this, with room to spare.
 */
const SIZE_BUDGET = 16_000;
const sizeOf = (p: RestorePart): number => (p.args.limit ?? 150) * 14;

/** Consecutive groups of parts, each small enough for one document. */
export function chunkParts(parts: RestorePart[]): RestorePart[][] {
  const out: RestorePart[][] = [];
  let cur: RestorePart[] = [];
  let size = 0;
  for (const p of parts) {
    if (cur.length && (cur.length >= PER_DOCUMENT || size + sizeOf(p) > SIZE_BUDGET)) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(p);
    size += sizeOf(p);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** One document asking every part; variables $a0, $a1, … so ids are never spliced into the text. */
export function restoreDocument(parts: RestorePart[]): { query: string; variables: Record<string, unknown> } {
  const defs: string[] = [];
  const fields: string[] = [];
  const variables: Record<string, unknown> = {};
  parts.forEach((p, i) => {
    defs.push(`$id${i}: ID!, $d${i}: Int, $l${i}: Int, $t${i}: [RelationshipType!]`);
    fields.push(`p${i}: neighbourhood(id: $id${i}, depth: $d${i}, limit: $l${i}, relationshipTypes: $t${i}) { ...Sub }`);
    variables[`id${i}`] = p.args.id;
    variables[`d${i}`] = p.args.depth ?? 1;
    variables[`l${i}`] = p.args.limit ?? 150;
    variables[`t${i}`] = p.args.relationshipTypes ?? null;
  });
  return { query: `query Restore(${defs.join(', ')}) {\n  ${fields.join('\n  ')}\n}\n${NEIGHBOURHOOD_FIELDS}`, variables };
}

/** The API was too busy for this document, not wrong about it. */
const TRANSIENT = new Set(['QUERY_TIMEOUT', 'SERVICE_UNAVAILABLE']);

async function ask(parts: RestorePart[]): Promise<{ subgraphs: (Subgraph | null)[]; requests: number }> {
  if (!parts.length) return { subgraphs: [], requests: 0 };
  const { query, variables } = restoreDocument(parts);
  // Several questions in one: more patient than one (20 s), as the API's own timeout is per question.
  const { data, failed, messages } = await gqlFailures(query, variables, { timeoutMs: RESTORE_TIMEOUT_MS });
  if (!failed.size) {
    // Built at run time, so codegen never sees this document; each alias selects `...Sub`, whose
    // type codegen generates from the fragment (NEIGHBOURHOOD_FIELDS) and restoreDocument uses as is.
    const d = data as Record<string, SubFragment>;
    return { subgraphs: parts.map((_, i) => d[`p${i}`] ?? null), requests: 1 };
  }
  const codes = [...failed.values()].flat();
  const giveUp = codes.some((c) => c !== 'NOT_FOUND' && !TRANSIENT.has(c)) || (parts.length === 1 && codes.some((c) => TRANSIENT.has(c)));
  if (giveUp) throw new ApiError('graphql', `The Atlas API could not answer: ${messages.join(' ')}`, codes);
  const notFound = (i: number): boolean => !!failed.get(`p${i}`)?.includes('NOT_FOUND');
  if (parts.some((p, i) => p.role === 'root' && notFound(i)))
    throw new ApiError('graphql', 'The link starts from an entity the atlas does not have.', ['NOT_FOUND']);
  const keep = parts.map((_, i) => !notFound(i));
  const rest = parts.filter((_, i) => keep[i]);
  let again: { subgraphs: (Subgraph | null)[]; requests: number };
  if (codes.some((c) => TRANSIENT.has(c))) {
    // Too much at once for a busy server: ask the parts one by one, as the clicks once did.
    again = { subgraphs: [], requests: 0 };
    for (const p of rest) {
      const one = await ask([p]);
      again.subgraphs.push(...one.subgraphs);
      again.requests += one.requests;
    }
  } else again = await ask(rest);
  const out: (Subgraph | null)[] = [];
  let j = 0;
  for (let i = 0; i < parts.length; i++) out.push(keep[i] ? (again.subgraphs[j++] ?? null) : null);
  return { subgraphs: out, requests: again.requests + 1 };
}

/** Asks for every part of a link: one request, or a few for a link of many steps. */
export async function fetchRestore(parts: RestorePart[]): Promise<RestoreAnswer> {
  const subgraphs: (Subgraph | null)[] = [];
  let requests = 0;
  for (const chunk of chunkParts(parts)) {
    const r = await ask(chunk);
    subgraphs.push(...r.subgraphs);
    requests += r.requests;
  }
  return { subgraphs, requests };
}
