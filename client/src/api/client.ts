/**
 * A tiny GraphQL-over-HTTP client (POST JSON to /graphql). No caching, no normalisation: the
 * explorer asks few, explicit questions and keeps the answers in the graph itself.
 *
 * Every failure becomes an {@link ApiError} whose message is a sentence a user can act on,
 * because the UI shows it verbatim (network down, server error, GraphQL error, timeout).
 */

export type ApiErrorKind = 'network' | 'http' | 'graphql' | 'timeout' | 'aborted' | 'invalid';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    /** GraphQL error codes (`extensions.code`) when the server gave them. */
    readonly codes: string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** True when the API said an id does not exist (a link to something the atlas no longer has). */
export function isNotFound(err: unknown): boolean {
  return err instanceof ApiError && err.codes.includes('NOT_FOUND');
}

interface GraphQLErrorShape {
  message?: string;
  extensions?: { code?: string };
  path?: (string | number)[];
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Give up after this long (the server's own query timeout is 10 s). */
  timeoutMs?: number;
}

let endpoint = '/graphql';

/** For the bench and tests: point the client somewhere else. */
export function setEndpoint(url: string): void {
  endpoint = url;
}

/**
 * Runs one GraphQL operation and returns its `data`, or throws an {@link ApiError}. `T` and `V` are
 * the operation's generated result and variables types (generated.ts), so a misnamed or mistyped
 * variable fails to compile.
 */
export async function gql<T, V extends Record<string, unknown> = Record<string, unknown>>(query: string, variables?: V, opts: RequestOptions = {}): Promise<T> {
  return parseResponse<T>(await post(query, variables ?? {}, opts));
}

/**
 * Like {@link gql}, but a GraphQL error also says which top-level fields (aliases) failed and with
 * which codes, so a batched request can tell which of its parts named something unknown.
 */
export async function gqlFailures(
  query: string,
  variables: Record<string, unknown>,
  opts: RequestOptions = {},
): Promise<{ data: unknown; failed: Map<string, string[]>; messages: string[] }> {
  const res = await post(query, variables, opts);
  const text = await res
    .clone()
    .text()
    .catch(() => '');
  let errors: GraphQLErrorShape[] = [];
  try {
    errors = (JSON.parse(text) as { errors?: GraphQLErrorShape[] }).errors ?? [];
  } catch {
    errors = [];
  }
  const failed = new Map<string, string[]>();
  for (const e of errors) {
    const alias = e.path?.[0];
    if (typeof alias === 'string') failed.set(alias, [...(failed.get(alias) ?? []), e.extensions?.code ?? '']);
  }
  // Every error at a known field: the caller decides; anything else is thrown as gql would.
  const messages = [...new Set(errors.map((e) => e.message ?? 'Unknown error'))];
  if (errors.length && errors.every((e) => typeof e.path?.[0] === 'string')) return { data: null, failed, messages };
  return { data: await parseResponse<unknown>(res), failed, messages };
}

async function post(query: string, variables: Record<string, unknown>, opts: RequestOptions): Promise<Response> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), opts.timeoutMs ?? 20_000);
  const onAbort = (): void => timeout.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal: timeout.signal,
    });
  } catch (err) {
    if (opts.signal?.aborted) throw new ApiError('aborted', 'The request was cancelled.');
    if (timeout.signal.aborted)
      throw new ApiError('timeout', 'The Atlas API did not answer in time. Try again, or narrow the request (fewer hops, a smaller depth).');
    throw new ApiError('network', `Cannot reach the Atlas API (${(err as Error).message}). Check that the server is running and your connection is up.`);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
  return res;
}

/** Reads a response; split out so tests can feed it fabricated responses. */
export async function parseResponse<T>(res: Response): Promise<T> {
  let body: { data?: T | null; errors?: GraphQLErrorShape[] } | undefined;
  const text = await res.text().catch(() => '');
  try {
    body = text ? (JSON.parse(text) as typeof body) : undefined;
  } catch {
    body = undefined;
  }
  if (res.status === 429) throw new ApiError('http', 'Too many requests to the Atlas API in a short time. Wait a minute and try again.');
  const errors = body?.errors ?? [];
  if (errors.length) {
    const codes = errors.map((e) => e.extensions?.code ?? '').filter(Boolean);
    const messages = [...new Set(errors.map((e) => e.message ?? 'Unknown error'))];
    throw new ApiError('graphql', `The Atlas API could not answer: ${messages.join(' ')}`, codes);
  }
  if (!res.ok) {
    throw new ApiError('http', `The Atlas API answered with an error (HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}).`);
  }
  if (!body || body.data === undefined || body.data === null) {
    throw new ApiError('invalid', 'The Atlas API sent an answer the explorer cannot read (no data).');
  }
  return body.data;
}
