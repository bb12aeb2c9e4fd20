/**
 * GraphQL errors the API raises on purpose, and the mask every error passes through on its way
 * out (Apollo `formatError`).
 *
 * What a client may see: a stable `extensions.code` and a message written for a person. What it
 * must never see: stack traces, Cypher text, driver messages (they name hosts, ports, database
 * internals), or a resolver bug's TypeError. Anything not raised on purpose becomes
 * INTERNAL_SERVER_ERROR "Internal server error"; the original goes to the server log.
 *
 * Two more rules: a request error Apollo raises without a code but with a 4xx status (e.g. an
 * unsupported persisted-query version) is the client's fault, so it says BAD_REQUEST, never
 * INTERNAL_SERVER_ERROR on a 400; and in production graphql-js's "Did you mean ...?" hints are
 * cut, so a probe cannot list enum values and field names by typos.
 */
import { GraphQLError, type GraphQLFormattedError } from './graphql-js.ts';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../log.ts';

export type ApiErrorCode = 'BAD_USER_INPUT' | 'SERVICE_UNAVAILABLE' | 'QUERY_TIMEOUT' | 'QUERY_TOO_LARGE' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR';

/** Codes whose messages are safe to show as they are (ours, and graphql-js/Apollo request errors). */
const PUBLIC_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'SERVICE_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'QUERY_TOO_LARGE',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Extensions that may travel with a public error (everything else is dropped). */
const PUBLIC_EXTENSIONS = ['code', 'argument', 'limit'] as const;

const HTTP_STATUS: Partial<Record<ApiErrorCode, number>> = {
  SERVICE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
  QUERY_TOO_LARGE: 400,
};

export function apiError(code: ApiErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, { extensions: { code, ...extra, ...(status ? { http: { status } } : {}) } });
}

/** A bad argument: the message names the argument and what is allowed. */
export function badInput(argument: string, message: string): GraphQLError {
  return apiError('BAD_USER_INPUT', message, { argument });
}

/**
 * Builds Apollo's `formatError`. Public errors keep message, code, locations and path; all others
 * are replaced, and logged once with the original error so an operator can still debug them.
 */
/** graphql-js suggestions: ` Did you mean "x"?`, ` Did you mean the enum value "State"?`, ... */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** The HTTP status an error asks for (Apollo's `extensions.http.status`), if any. */
function httpStatusOf(error: GraphQLError): number | undefined {
  const status = (error.extensions?.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

export function makeFormatError(logger: Logger, opts: { hideSuggestions?: boolean } = {}) {
  const hideSuggestions = opts.hideSuggestions ?? process.env.NODE_ENV === 'production';
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    const original = unwrapResolverError(error);
    // A public code on an error that is not a GraphQLError (e.g. a driver error that happens to
    // carry a `code`) is still masked: only GraphQLErrors raised on purpose keep their message.
    const raisedOnPurpose = original instanceof GraphQLError;
    // Apollo gives an error without a code the code INTERNAL_SERVER_ERROR; with a 4xx status it is a bad request.
    if (original instanceof GraphQLError && code === 'INTERNAL_SERVER_ERROR' && original.extensions?.code === undefined) {
      const status = httpStatusOf(original);
      if (status !== undefined && status >= 400 && status < 500) code = 'BAD_REQUEST';
    }
    if (code && PUBLIC_CODES.has(code) && raisedOnPurpose) {
      const extensions: Record<string, unknown> = { code };
      for (const key of PUBLIC_EXTENSIONS) {
        if (key !== 'code' && formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
      }
      return {
        message: hideSuggestions ? formatted.message.replace(SUGGESTION, '') : formatted.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions,
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
